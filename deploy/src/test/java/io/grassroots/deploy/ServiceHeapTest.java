package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The stack's services start with room to work: a 64 MB starting heap made SerialGC collect it all under load. */
class ServiceHeapTest {
    @Test
    void theHeapStartsAtAQuarterGigabyteWithinItsLimit() {
        long start = megabytes("-Xms");
        long limit = megabytes("-Xmx");
        assertTrue(start >= 256, "starting heap " + start + " MB");
        assertTrue(start <= limit && limit <= 512, "limit " + limit + " MB");
    }

    @Test
    void classMetadataGrowsWithoutAFullCollectionAtEveryStep() {
        assertTrue(megabytes("-XX:MetaspaceSize=") >= 128, "the first metaspace threshold, in MB");
    }

    private static long megabytes(String option) {
        String value = ServiceProcess.HEAP.stream().filter(o -> o.startsWith(option)).findFirst().orElseThrow()
                .substring(option.length());
        assertTrue(value.endsWith("m"), value);
        return Long.parseLong(value.substring(0, value.length() - 1));
    }
}
