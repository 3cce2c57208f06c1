package io.grassroots.web.unit;

import io.grassroots.web.i18n.FormErrors;
import java.util.List;

/**
 * What became of a task's filled workbook: the rows accepted (Excel row, indicator), the rows refused as
 * sentences ("第 5 行：…"), and the problems with the file itself next to its input.
 */
public record TaskUpload(String taskId, boolean partial, List<Accepted> accepted, List<String> rejected,
        FormErrors errors) {
    static final TaskUpload NONE = new TaskUpload(null, false, List.of(), List.of(), FormErrors.none());

    /** A row of the workbook the API took. */
    public record Accepted(int row, String indicator) {
    }

    public boolean is(String id) {
        return taskId != null && taskId.equals(id);
    }

    /** Whether the box "只接受填写正确的行" stays ticked on the task's form. */
    public boolean partialOf(String id) {
        return is(id) && partial;
    }

    public FormErrors errorsOf(String id) {
        return is(id) ? errors : FormErrors.none();
    }

    /** The HTTP status of the page that shows it. */
    int status() {
        return errors.any() ? 400 : 200;
    }
}
