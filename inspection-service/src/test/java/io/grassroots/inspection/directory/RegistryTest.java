package io.grassroots.inspection.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.events.directory.UnitUpsertedV1;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry the service seeds from: the shipped province, or an operator's extract as a file. */
class RegistryTest {
    private static final String EXTRACT = """
            code,name,level,parent
            45,广西壮族自治区,PROVINCE,
            4501,南宁市,CITY,45
            450181,横州市,COUNTY,4501
            450181100,横州镇,TOWNSHIP,450181
            450181100001,城司社区居委会,VILLAGE,450181100
            """;

    @Test
    void theShippedProvinceIsOnTheClasspath() {
        Registry guangxi = Registry.read("registry/45.csv.gz");
        // The figures DirectorySeeder logs on a fresh start: 126 regions, 17,965 townships and villages.
        assertEquals(126, guangxi.regions().size());
        assertEquals(17_965, guangxi.units().size());
        assertEquals(new Registry.RegionRow("45", "广西壮族自治区", "PROVINCE", null), guangxi.regions().get(0));
    }

    @Test
    void anExtractIsReadFromAFilePlainOrGzipped(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("4501.csv");
        Files.writeString(plain, EXTRACT);
        Path gzipped = dir.resolve("4501.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write(EXTRACT.getBytes(StandardCharsets.UTF_8));
        }
        for (Path file : List.of(plain, gzipped)) {
            Registry extract = Registry.read(file.toString());
            assertEquals(List.of("45", "4501", "450181"), extract.regions().stream().map(Registry.RegionRow::code)
                    .toList());
            assertEquals(new Registry.RegionRow("450181", "横州市", "COUNTY", "4501"), extract.regions().get(2));
            assertEquals(List.of(new UnitUpsertedV1("450181100", "横州镇", "TOWNSHIP", "450181", "450181", "4501",
                    "45"),
                    new UnitUpsertedV1("450181100001", "城司社区居委会", "VILLAGE", "450181100", "450181", "4501",
                            "45")),
                    extract.units());
        }
    }

    @Test
    void aFileNotInTheFormIsRefusedWithItsLineNamed(@TempDir Path dir) throws Exception {
        Path headless = dir.resolve("headless.csv");
        Files.writeString(headless, EXTRACT.substring(EXTRACT.indexOf('\n') + 1));
        assertRefused(headless, "first line must be code,name,level,parent");
        Path quoted = dir.resolve("quoted.csv");
        Files.writeString(quoted, EXTRACT + "450181100002,\"城,南\",VILLAGE,450181100\n");
        assertRefused(quoted, quoted + ":7:");
        Path unknownLevel = dir.resolve("level.csv");
        Files.writeString(unknownLevel, EXTRACT + "450181100003,某村,HAMLET,450181100\n");
        assertRefused(unknownLevel, unknownLevel + ":7:");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "code,name,level,parent\n");
        assertRefused(empty, "holds no region");
    }

    private static void assertRefused(Path file, String saying) {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Registry.read(file.toString()));
        assertTrue(refused.getMessage().contains(saying), refused.getMessage());
    }

    @Test
    void aLocationThatIsNeitherSaysSo(@TempDir Path dir) {
        String missing = dir.resolve("none.csv").toString();
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Registry.read(missing));
        assertTrue(refused.getMessage().contains(missing), refused.getMessage());
    }
}
