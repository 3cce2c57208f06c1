package io.grassroots.gateway.proxy;

import io.grassroots.gateway.config.GatewayConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The instances of each application behind the gateway, from a comma-separated list of base URLs per
 * name (or one Kubernetes Service address). Requests take them in turn: each starts at the next
 * instance and goes on to the following ones when an instance cannot be reached.
 */
@ApplicationScoped
public class Upstreams {
    @Inject
    GatewayConfig config;

    /** One application's instances and where the next request starts. */
    private record Instances(List<URI> addresses, AtomicInteger next) {
    }

    private final Map<String, Instances> byName = new TreeMap<>();

    @PostConstruct
    void parse() {
        config.upstreams().forEach((name, bases) -> byName.put(name, new Instances(bases.stream()
                .map(String::trim).filter(base -> !base.isEmpty()).map(base -> URI.create(base.replaceAll("/+$", "")))
                .toList(), new AtomicInteger())));
    }

    /** Every instance of every application, by name. */
    public Map<String, List<URI>> all() {
        Map<String, List<URI>> all = new TreeMap<>();
        byName.forEach((name, instances) -> all.put(name, instances.addresses()));
        return all;
    }

    /** The application's instances in the order this request tries them; empty when it has none. */
    public List<URI> inTurn(String name) {
        Instances instances = byName.get(name);
        if (instances == null || instances.addresses().isEmpty()) {
            return List.of();
        }
        List<URI> addresses = instances.addresses();
        int first = Math.floorMod(instances.next().getAndIncrement(), addresses.size());
        List<URI> order = new ArrayList<>(addresses.size());
        for (int i = 0; i < addresses.size(); i++) {
            order.add(addresses.get((first + i) % addresses.size()));
        }
        return order;
    }
}
