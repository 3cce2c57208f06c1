package io.grassroots.inspection.plan;

import com.fasterxml.jackson.core.type.TypeReference;
import io.grassroots.inspection.rules.Finding;
import io.grassroots.platform.web.JsonText;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** JSON text columns of the plan table: string lists, rule findings and the target selector. */
final class JsonColumns {
    private JsonColumns() {
    }

    /** A list of strings. */
    @Converter
    static class StringList implements AttributeConverter<List<String>, String> {
        @Override
        public String convertToDatabaseColumn(List<String> value) {
            return JsonText.write(value);
        }

        @Override
        public List<String> convertToEntityAttribute(String text) {
            return JsonText.read(text, new TypeReference<>() {
            });
        }
    }

    /** Rule findings. */
    @Converter
    static class Findings implements AttributeConverter<List<Finding>, String> {
        @Override
        public String convertToDatabaseColumn(List<Finding> value) {
            return JsonText.write(value);
        }

        @Override
        public List<Finding> convertToEntityAttribute(String text) {
            return JsonText.read(text, new TypeReference<>() {
            });
        }
    }

    /** The target selector. */
    @Converter
    static class Selector implements AttributeConverter<TargetSelector, String> {
        @Override
        public String convertToDatabaseColumn(TargetSelector value) {
            return JsonText.write(value);
        }

        @Override
        public TargetSelector convertToEntityAttribute(String text) {
            return JsonText.read(text, new TypeReference<>() {
            });
        }
    }
}
