package io.grassroots.share.form;

import io.grassroots.infra.ShippedRegistry;
import io.grassroots.infra.ShippedRegistry.Unit;
import io.grassroots.share.form.mapping.ColumnMatcher;
import io.grassroots.share.form.mapping.Layout;
import io.grassroots.share.form.mapping.LayoutDetector;
import io.grassroots.share.form.mapping.UnitMatcher;
import io.grassroots.share.workbook.Upload;
import io.grassroots.share.workbook.WorkbookFiles;
import io.grassroots.share.workbook.WorkbookLimits;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A province's form: Guangxi's 16,681 villages (township and village columns) × 30 indicators, read
 * and mapped against the whole region, then written back with 70% of its cells filled from shared
 * data. Prints seconds and peak heap of each step beside the baseline of Apache POI streaming the same
 * number of plain cells, measured in the same run. Run it with tools/bench-forms (a 512 MB heap).
 */
public final class FormBenchmark {
    private static final int INDICATORS = 30;

    private FormBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Map<String, Unit> units = registry(root);
        List<Unit> villages = units.values().stream().filter(u -> u.level().equals("VILLAGE"))
                .sorted(java.util.Comparator.comparing(Unit::code)).toList();
        List<ColumnMatcher.Entry> catalog = new ArrayList<>();
        for (int i = 1; i <= INDICATORS; i++) {
            catalog.add(new ColumnMatcher.Entry("INDICATOR_" + i, "指标" + i, List.of()));
        }
        System.out.printf(Locale.ROOT,
                "form: %d villages x %d indicators = %d cells (Java %s, %d MB max heap, %d cores)%n",
                villages.size(), INDICATORS, villages.size() * INDICATORS, System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        byte[] form = Forms.workbook(sheet -> write(sheet, villages, units));
        System.out.printf(Locale.ROOT, "the department's form: %d KB%n", form.length >> 10);

        for (int round = 1; round <= 2; round++) {
            String label = round == 1 ? "warm-up" : "measured";
            Measure baseline = Measure.start();
            long baselineBytes = baseline(villages.size(), INDICATORS + 2);
            baseline.stop();
            Measure reading = Measure.start();
            WorkbookFiles files = new WorkbookFiles(limits());
            Layout layout;
            UnitMatcher matcher = new UnitMatcher(units.values().stream().map(u -> new UnitMatcher.RegionUnit(u.code(),
                    u.name(), units.containsKey(u.parent()) ? units.get(u.parent()).name() : null)).toList(),
                    c -> false);
            try (Upload upload = files.open(form, WorkbookFiles.XLSX)) {
                layout = new LayoutDetector(new ColumnMatcher(catalog), matcher).detect(upload.grid());
            }
            reading.stop();
            long matched = layout.rows().stream().filter(r -> r.unit() != null).count();
            Measure filling = Measure.start();
            Map<Integer, String> columns = new HashMap<>();
            layout.columns().stream().filter(c -> c.indicator() != null)
                    .forEach(c -> columns.put(c.index(), c.indicator()));
            Map<Integer, String> rows = new HashMap<>();
            layout.rows().stream().filter(r -> r.unit() != null).forEach(r -> rows.put(r.row(), r.unit()));
            Map<String, FormFiller.Answer> answers = answers(rows.values(), columns.values());
            Counting out = new Counting();
            try (Upload upload = files.open(form, WorkbookFiles.XLSX)) {
                FormFiller.write(upload, new FormFiller.Fill(layout, FormMapping.of(columns, rows), answers, List.of(),
                        10_000), out);
            }
            filling.stop();
            System.out.printf(Locale.ROOT,
                    "%s: read and map %.1f s (peak heap %d MB; %d of %d rows matched, %d columns), "
                            + "fill %d cells %.1f s (peak heap %d MB, %d KB written); baseline POI streaming %d plain cells "
                            + "%.1f s (peak heap %d MB, %d KB); read+fill / baseline = %.1f%n",
                    label, reading.seconds(),
                    reading.peakMb(), matched, layout.rows().size(), columns.size(), answers.size(), filling.seconds(),
                    filling.peakMb(), out.count >> 10, villages.size() * (INDICATORS + 2), baseline.seconds(),
                    baseline.peakMb(), baselineBytes >> 10,
                    (reading.seconds() + filling.seconds()) / baseline.seconds());
        }
    }

    /** A title, a header row, then one row per village: 序号, 乡镇, 村, 30 blank indicator cells. */
    private static void write(XSSFSheet sheet, List<Unit> villages, Map<String, Unit> units) {
        Forms.row(sheet, 0, "2026年第一季度全区村级基本情况统计表");
        Row header = sheet.createRow(1);
        header.createCell(0).setCellValue("序号");
        header.createCell(1).setCellValue("乡镇");
        header.createCell(2).setCellValue("村（社区）");
        for (int i = 1; i <= INDICATORS; i++) {
            header.createCell(2 + i).setCellValue("指标" + i + "（个）");
        }
        for (int v = 0; v < villages.size(); v++) {
            Unit village = villages.get(v);
            Row row = sheet.createRow(v + 2);
            row.createCell(0).setCellValue(v + 1);
            row.createCell(1).setCellValue(units.get(village.parent()).name());
            row.createCell(2).setCellValue(village.name());
        }
    }

    /** 70% of the cells answered from shared data, as Jiangxi's 一表同享 reports. */
    private static Map<String, FormFiller.Answer> answers(java.util.Collection<String> units,
            java.util.Collection<String> indicators) {
        Random random = new Random(45);
        Instant reported = Instant.parse("2026-03-02T01:00:00Z");
        Map<String, FormFiller.Answer> answers = new HashMap<>();
        for (String unit : units) {
            for (String indicator : indicators) {
                if (random.nextInt(10) < 7) {
                    answers.put(unit + "|" + indicator, new FormFiller.Answer(BigDecimal.valueOf(random.nextInt(5000)),
                            "STATISTICS", 1, reported));
                }
            }
        }
        return answers;
    }

    private static long baseline(int rows, int columns) throws Exception {
        Counting out = new Counting();
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = workbook.createSheet("Sheet1");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < columns; c++) {
                    row.createCell(c).setCellValue(r * 31 + c);
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
        return out.count;
    }

    /** The registry's townships and villages by code. */
    private static Map<String, Unit> registry(Path root) throws Exception {
        Map<String, Unit> units = new HashMap<>();
        for (Unit unit : ShippedRegistry.units(root)) {
            if (unit.level().equals("TOWNSHIP") || unit.level().equals("VILLAGE")) {
                units.put(unit.code(), unit);
            }
        }
        return units;
    }

    private static WorkbookLimits limits() {
        return new WorkbookLimits() {
            public int maxRows() {
                return 20_000;
            }

            public int maxColumns() {
                return 200;
            }

            public long maxInflatedBytes() {
                return 200_000_000;
            }

            public int maxComments() {
                return 10_000;
            }
        };
    }

    /** Bytes written, without keeping them. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** Seconds and peak heap of one step (the heap's peak is reset after a collection when it starts). */
    private record Measure(long started, long[] ended) {
        static Measure start() {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            return new Measure(System.nanoTime(), new long[2]);
        }

        void stop() {
            ended[0] = System.nanoTime();
            ended[1] = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }

        double seconds() {
            return (ended[0] - started) / 1e9;
        }

        long peakMb() {
            return ended[1] >> 20;
        }
    }
}
