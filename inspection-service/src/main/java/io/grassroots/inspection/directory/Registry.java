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

    /** The first line of every registry. */
    static final String HEADER = "code,name,level,parent";

    /**
     * Reads the registry at a classpath resource, or else at a file path; a file not in the form (its header,
     * four plain fields a line, a known level, at least one region) is refused with its line named.
     */
    static Registry read(String location) {
        try (InputStream raw = open(location);
                BufferedReader in = new BufferedReader(new InputStreamReader(
                        location.endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            List<RegionRow> regions = new ArrayList<>();
            List<UnitUpsertedV1> units = new ArrayList<>();
            String header = in.readLine();
            if (header == null || !HEADER.equals(header.replace("\uFEFF", "").strip())) {
                throw new IllegalStateException("registry " + location + ": its first line must be " + HEADER
                        + ", not " + header);
            }
            int number = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                String level = f.length == 4 ? f[2] : "";
                boolean region = List.of("PROVINCE", "CITY", "COUNTY").contains(level);
                boolean unit = List.of("TOWNSHIP", "VILLAGE").contains(level) && f[0].length() > 6;
                if (line.contains("\"") || !(region || unit) || f[0].isEmpty() || f[1].isEmpty()) {
                    // tools/extract-registry.py quotes a name with a comma or a quote, which this form cannot hold.
                    throw new IllegalStateException("registry " + location + ":" + number + ": not code,name,level,"
                            + "parent with a known level and no quotes: " + line);
                }
                String code = f[0];
                if (region) {
                    regions.add(new RegionRow(code, f[1], level, f[3].isEmpty() ? null : f[3]));
                } else {
                    units.add(new UnitUpsertedV1(code, f[1], level, f[3], code.substring(0, 6), code.substring(0, 4),
                            code.substring(0, 2)));
                }
            }
            if (regions.isEmpty()) {
                throw new IllegalStateException("registry " + location + " holds no region: nothing to seed");
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
