package io.grassroots.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
