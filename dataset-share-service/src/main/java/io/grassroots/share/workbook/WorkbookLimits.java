package io.grassroots.share.workbook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large an uploaded workbook may be, read and written; a file past a limit is refused, not cut. */
@ConfigMapping(prefix = "grassroots.workbooks")
public interface WorkbookLimits {
    /** Rows of the sheet read (a province has some 17,000 villages). */
    @WithDefault("20000")
    int maxRows();

    /** Columns of the sheet read. */
    @WithDefault("200")
    int maxColumns();

    /** Bytes all parts of an .xlsx may inflate to: a zip bomb is refused while it is counted. */
    @WithDefault("200000000")
    long maxInflatedBytes();

    /**
     * Cell comments written into a filled form. Every filled cell's source is on the 数据来源 sheet;
     * past this many, comments stop, since each costs Excel and the server a drawing shape.
     */
    @WithDefault("10000")
    int maxComments();
}
