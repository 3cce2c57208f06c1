package io.grassroots.deploy;

import io.grassroots.infra.KafkaBroker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The instances each application of a stack runs as, with their names and ports: the first of each on
 * the layout's port under the module's name, any further ones on free ports as "module-2" and on. The
 * web console runs once whatever the count: it owns no data and scaling it proves nothing here.
 */
final class StackInstances {
    /** One process of an application: its name (the module's, or the module's with its number) and port. */
    record Instance(String name, int port) {
        String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    private final Map<String, List<Instance>> byModule = new LinkedHashMap<>();

    private StackInstances() {
    }

    /** count instances of every application but the console, which runs once. */
    static StackInstances of(StackLayout layout, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("an application runs at least once: " + count);
        }
        StackInstances instances = new StackInstances();
        for (Service service : Service.ALL) {
            String module = service.module();
            List<Instance> list = new ArrayList<>();
            list.add(new Instance(module, layout.port(module)));
            int n = Service.WEB.equals(module) ? 1 : count;
            for (int i = 2; i <= n; i++) {
                list.add(new Instance(module + "-" + i, KafkaBroker.freePort()));
            }
            instances.byModule.put(module, List.copyOf(list));
        }
        return instances;
    }

    List<Instance> of(String module) {
        return byModule.get(module);
    }

    /** Every instance's base URL, comma-separated: what the gateway takes for an upstream. */
    String urls(String module) {
        return of(module).stream().map(Instance::url).collect(Collectors.joining(","));
    }
}
