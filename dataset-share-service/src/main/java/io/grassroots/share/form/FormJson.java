package io.grassroots.share.form;

import com.fasterxml.jackson.core.type.TypeReference;
import io.grassroots.platform.web.JsonText;
import io.grassroots.share.form.mapping.Layout;

/** A form's layout and mapping as kept in their text columns. */
final class FormJson {
    private FormJson() {
    }

    static Layout layout(Form form) {
        return JsonText.read(form.layout, new TypeReference<Layout>() {
        });
    }

    static FormMapping mapping(Form form) {
        return JsonText.read(form.mapping, new TypeReference<FormMapping>() {
        });
    }
}
