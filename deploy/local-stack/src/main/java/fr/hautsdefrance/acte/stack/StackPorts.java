package fr.hautsdefrance.acte.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.EnumMap;
import java.util.Map;

/** Where each server of a stack listens. */
public record StackPorts(int postgres, int kafka, int kafkaController, int keycloak, int keycloakManagement,
        Map<Service, Integer> services, int smtp, int smtpApi) {

    /** The documented local ports: services on 8080–8083, Keycloak on 8180, SMTP on 11025 (messages on 18025). */
    public static StackPorts local() {
        Map<Service, Integer> services = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            services.put(service, service.localPort());
        }
        return new StackPorts(15432, 19092, 19093, 8180, 9180, services, 11025, 18025);
    }

    /** Free ports everywhere, so tests never collide with a running local stack. */
    public static StackPorts free() {
        Map<Service, Integer> services = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            services.put(service, freePort());
        }
        return new StackPorts(freePort(), freePort(), freePort(), freePort(), freePort(), services, freePort(),
                freePort());
    }

    public int of(Service service) {
        return services.get(service);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
