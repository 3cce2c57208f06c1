package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the local stack prints once up names the web console's address first (#15); nothing is started here. */
class StackSummaryTest {

    @Test
    void theFirstAddressPrintedIsTheConsolesThroughTheGateway() {
        // Ports apart from DESIGN.md's, so that the line cannot pass by naming a default by chance.
        Map<String, Integer> ports = new LinkedHashMap<>();
        int port = 18_080;
        for (Service service : Service.ALL) {
            ports.put(service.module(), port++);
        }
        StackLayout layout = new StackLayout(Path.of("target", "stack-summary-test"), 19_092, ports, "");
        List<ServiceProcess> running = Service.ALL.stream().map(s -> new ServiceProcess(s.module(),
                layout.port(s.module()), Path.of(s.module() + ".jar"), Path.of(s.module() + ".log"), Map.of()))
                .toList();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            StackSummary.print(out, layout, running, "127.0.0.1:19092", 2027);
        }

        List<String> addresses = printed.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("http://")).toList();
        assertTrue(addresses.size() > 1, "the summary prints addresses: " + addresses);
        String first = addresses.get(0);
        String gateway = layout.url(Service.GATEWAY);
        // The console is reached through the gateway, never at its own port.
        assertTrue(first.trim().startsWith("web console"), first);
        assertEquals(gateway + "/", first.trim().split("\\s+")[2], first);
        assertTrue(addresses.get(1).contains(gateway + "/api"), "the API comes second: " + addresses.get(1));
    }
}
