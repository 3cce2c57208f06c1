package io.grassroots.share.workbook;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV form: UTF-8 (with or without the BOM Excel writes) or, as Excel on a Chinese Windows
 * saves it, GB18030; RFC 4180 quoting; blank lines kept so that row numbers are the file's lines.
 */
final class CsvFiles {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvFiles() {
    }

    static Grid read(byte[] body, WorkbookLimits limits) {
        String text = decode(body).replace("\u0000", "");
        List<List<String>> rows = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get()
                    .parse(new StringReader(text))) {
                if (rows.size() >= limits.maxRows()) {
                    throw WorkbookFiles.refuse("MAX_ROWS", "the file has more than " + limits.maxRows()
                            + " rows; at most " + limits.maxRows() + " are read");
                }
                if (record.size() > limits.maxColumns()) {
                    throw WorkbookFiles.refuse("MAX_COLUMNS", "line " + (rows.size() + 1) + " has " + record.size()
                            + " columns; at most " + limits.maxColumns() + " are read");
                }
                rows.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw WorkbookFiles.refuse("FORMAT", "the CSV cannot be read after line " + rows.size()
                    + " (an unclosed quote?)");
        }
        return new CsvGrid(rows);
    }

    private static String decode(byte[] body) {
        int start = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb
                && (body[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(body, start, body.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(body, start, body.length - start, GB18030);
        }
    }
}
