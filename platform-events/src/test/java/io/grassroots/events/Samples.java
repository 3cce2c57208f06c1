package io.grassroots.events;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An instance of any event record with every component filled (lists with one element, nested
 * records filled in turn), so that a test can send each event type through JSON without writing one
 * by hand for each and missing the next one added.
 */
final class Samples {
    private Samples() {
    }

    static Object of(Type type) throws ReflectiveOperationException {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return List.of(of(args[0]));
            }
            if (Set.class.isAssignableFrom(raw)) {
                return Set.of(of(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of(of(args[0]), of(args[1]));
            }
            throw new IllegalArgumentException("no sample for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "样本-1";
        }
        if (c == int.class || c == Integer.class) {
            return 7;
        }
        if (c == long.class || c == Long.class) {
            return 7L;
        }
        if (c == double.class || c == Double.class) {
            return 0.5;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == BigDecimal.class) {
            return new BigDecimal("12.50");
        }
        if (c == Instant.class) {
            return Instant.parse("2026-04-01T02:00:00Z");
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2026, 5, 6);
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = of(components[i].getGenericType());
            }
            Constructor<?> canonical = c.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
