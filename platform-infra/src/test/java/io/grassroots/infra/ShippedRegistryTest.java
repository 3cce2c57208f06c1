package io.grassroots.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' read of the shipped registry: its header skipped, every village, in the file's order. */
class ShippedRegistryTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @Test
    void readsGuangxisVillagesInTheFilesOrder() throws IOException {
        List<String> villages = ShippedRegistry.villages(ROOT);
        assertEquals(16_681, villages.size(), "Guangxi's villages and communities");
        assertEquals("450102001003", villages.get(0), "the file's first village");
    }

    @Test
    void readsTheProvinceWithNoParentAndTheHeaderNotAsAUnit() throws IOException {
        List<ShippedRegistry.Unit> units = ShippedRegistry.units(ROOT);
        assertEquals(new ShippedRegistry.Unit("45", "广西壮族自治区", "PROVINCE", ""), units.get(0));
        assertEquals(18_091, units.size(), "18,092 lines less the header");
    }

    @Test
    void writesAnExtractWithTheHeaderThatReadsBackAsWritten(@TempDir Path dir) throws IOException {
        List<ShippedRegistry.Unit> nanning = ShippedRegistry.units(ROOT).stream()
                .filter(u -> u.code().equals("45") || u.code().startsWith("4501")).toList();
        Path file = dir.resolve("4501.csv.gz");
        ShippedRegistry.write(file, nanning);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            assertEquals("code,name,level,parent", in.readLine(), "the header inspection-service skips");
        }
        List<ShippedRegistry.Unit> back = ShippedRegistry.read(file);
        assertEquals(nanning, back);
        assertEquals(2_008, back.size(), "Nanning's 2,007 units and the province");
    }
}
