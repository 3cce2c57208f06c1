package io.grassroots.inspection.directory;

import io.grassroots.events.directory.UnitUpsertedV1;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A registry of regions and grassroots units (code,name,level,parent; gzipped when its name ends in .gz):
 * the province the service ships (a classpath resource) or an extract an operator supplies as a file.
 */
record Registry(List<RegionRow> regions, List<UnitUpsertedV1> units) {
    /** A province, city or county: the regions departments belong to. */
    record RegionRow(String code, String name, String level, String parent) {
    }

    /** Reads the registry at a classpath resource, or else at a file path. */
    static Registry read(String location) {
        try (InputStream raw = open(location);
                BufferedReader in = new BufferedReader(new InputStreamReader(
                        location.endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            List<RegionRow> regions = new ArrayList<>();
            List<UnitUpsertedV1> units = new ArrayList<>();
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                String code = f[0];
                String level = f[2];
                switch (level) {
                    case "PROVINCE", "CITY", "COUNTY" -> regions.add(new RegionRow(code, f[1], level,
                            f[3].isEmpty() ? null : f[3]));
                    default -> units.add(new UnitUpsertedV1(code, f[1], level, f[3], code.substring(0, 6),
                            code.substring(0, 4), code.substring(0, 2)));
                }
            }
            return new Registry(regions, units);
        } catch (IOException e) {
            throw new UncheckedIOException("registry " + location + " could not be read", e);
        }
    }

    private static InputStream open(String location) throws IOException {
        InputStream resource = Registry.class.getClassLoader().getResourceAsStream(location);
        if (resource != null) {
            return resource;
        }
        Path file = Path.of(location);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        throw new IllegalStateException("registry " + location + " is neither on the classpath nor a file");
    }
}
