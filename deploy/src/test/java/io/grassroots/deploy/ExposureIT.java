package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Only the gateway faces the network (#13): the services of the packaged stack listen on the
 * loopback interface, so a disabled account's token, the rate limits, the body limit and the access
 * log cannot be bypassed by calling a service from another host.
 */
@ExtendWith(StackExtension.class)
class ExposureIT {

    @Test
    void servicesAnswerOnLoopbackOnlyAndTheGatewayOnTheNetwork(RunningStack stack) throws IOException {
        Optional<InetAddress> network = networkAddress();
        assumeTrue(network.isPresent(), "this machine has no network address besides loopback");
        for (String service : new String[] { Service.INSPECTION, Service.SHARE, Service.ASSESSMENT }) {
            int port = URI.create(stack.url(service)).getPort();
            assertTrue(accepts(InetAddress.getLoopbackAddress(), port), service + " answers on loopback");
            assertFalse(accepts(network.get(), port), service + " does not answer on " + network.get());
        }
        assertTrue(accepts(network.get(), URI.create(stack.gateway()).getPort()), "the gateway faces the network");
    }

    private static boolean accepts(InetAddress host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static Optional<InetAddress> networkAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
