package io.grassroots.deploy;

import java.util.List;

/**
 * An application of the platform: its module, its port in DESIGN.md, its database and that
 * database's variable (both null for the web console, which owns no data).
 */
record Service(String module, int defaultPort, String database, String dbUrlVariable) {
    static final String INSPECTION = "inspection-service";
    static final String SHARE = "dataset-share-service";
    static final String ASSESSMENT = "assessment-service";
    static final String WEB = "web";
    static final String GATEWAY = "gateway";

    /** In start order: the gateway last, once the services and the console behind it are up. */
    static final List<Service> ALL = List.of(
            new Service(INSPECTION, 8081, "inspection", "INSPECTION_DB_URL"),
            new Service(SHARE, 8082, "dataset_share", "DATASET_SHARE_DB_URL"),
            new Service(ASSESSMENT, 8083, "assessment", "ASSESSMENT_DB_URL"),
            new Service(WEB, 8084, null, null),
            new Service(GATEWAY, 8080, "gateway", "GATEWAY_DB_URL"));

    /** The applications that own a database, for creating and dropping them. */
    static final List<Service> WITH_DATABASE = ALL.stream().filter(Service::hasDatabase).toList();

    boolean hasDatabase() {
        return database != null;
    }
}
