package io.grassroots.deploy;

import java.util.List;

/** A service of the platform: its module, its port in DESIGN.md, its database and that database's variable. */
record Service(String module, int defaultPort, String database, String dbUrlVariable) {
    static final String INSPECTION = "inspection-service";
    static final String SHARE = "dataset-share-service";
    static final String ASSESSMENT = "assessment-service";
    static final String GATEWAY = "gateway";

    /** In start order: the gateway last, once the services behind it are up. */
    static final List<Service> ALL = List.of(
            new Service(INSPECTION, 8081, "inspection", "INSPECTION_DB_URL"),
            new Service(SHARE, 8082, "dataset_share", "DATASET_SHARE_DB_URL"),
            new Service(ASSESSMENT, 8083, "assessment", "ASSESSMENT_DB_URL"),
            new Service(GATEWAY, 8080, "gateway", "GATEWAY_DB_URL"));
}
