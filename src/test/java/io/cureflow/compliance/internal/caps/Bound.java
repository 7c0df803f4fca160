package io.cureflow.compliance.internal.caps;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.HashMap;
import java.util.Map;

/** Configuration records bound as Spring binds them, defaults included, from {@code key=value} pairs. */
public final class Bound {

    private Bound() {
    }

    public static <T> T bind(Class<T> type, String prefix, String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            values.put(prefix + "." + pair.substring(0, equals), pair.substring(equals + 1));
        }
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate(prefix, type);
    }

    public static CapsProperties caps(String... pairs) {
        return bind(CapsProperties.class, "cureflow.compliance.caps", pairs);
    }
}
