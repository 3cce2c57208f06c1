package io.grassroots.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The registry of Guangxi's units that inspection-service ships, read by benchmarks that need real unit codes. */
public final class ShippedRegistry {
    /** Where the registry lies below the repository's root. */
    public static final String FILE = "inspection-service/src/main/resources/registry/45.csv.gz";

    /** One unit of the registry: its code, name, level (PROVINCE … VILLAGE) and its parent's code ("" for none). */
    public record Unit(String code, String name, String level, String parent) {
    }

    private ShippedRegistry() {
    }

    /** The file's first line, which names the columns. */
    static final String HEADER = "code,name,level,parent";

    /** Every unit, in the file's order (its header skipped). */
    public static List<Unit> units(Path root) throws IOException {
        return read(root.resolve(FILE));
    }

    /** Every unit of a registry file in the shipped format, in the file's order. */
    public static List<Unit> read(Path file) throws IOException {
        List<Unit> units = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                units.add(new Unit(f[0], f[1], f[2], f[3]));
            }
        }
        return units;
    }

    /** The villages' codes, in the file's order. */
    public static List<String> villages(Path root) throws IOException {
        return units(root).stream().filter(u -> u.level().equals("VILLAGE")).map(Unit::code).toList();
    }

    /** Writes units in the shipped format (an extract that inspection-service can load in its place). */
    public static void write(Path file, List<Unit> units) throws IOException {
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (Unit u : units) {
                out.write(String.join(",", u.code(), u.name(), u.level(), u.parent()) + "\n");
            }
        }
    }
}
