package fr.hautsdefrance.acte.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP relay in front of the test server that refuses the recipients of one domain for good
 * ({@code 550 5.1.1}), as an organisation's relay refuses an unknown mailbox; every other command goes
 * through to the real server and its reply back, so the other e-mails are received as usual. The test
 * server itself accepts any recipient, hence this relay to play a permanent refusal.
 */
public final class RefusingRelay {

    public static final String REFUSED_DOMAIN = "refuse.example.org";

    private static ServerSocket server;

    private RefusingRelay() {
    }

    /** Starts the relay once per JVM, towards the test server's port; returns the relay's port. */
    public static synchronized int port() {
        if (server == null) {
            try {
                server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread acceptor = new Thread(RefusingRelay::accept, "refusing-smtp-relay");
            acceptor.setDaemon(true);
            acceptor.start();
        }
        return server.getLocalPort();
    }

    private static void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread connection = new Thread(() -> relay(client), "refusing-smtp-relay-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void relay(Socket client) {
        // Read when the first e-mail arrives: the test server is started by then.
        int upstreamPort = Integer.parseInt(System.getProperty("acte.test.smtp.port"));
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            // ISO-8859-1 passes every byte through unchanged.
            BufferedReader fromClient = new BufferedReader(
                    new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            Writer toClient = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.ISO_8859_1);
            BufferedReader fromServer = new BufferedReader(
                    new InputStreamReader(upstream.getInputStream(), StandardCharsets.ISO_8859_1));
            Writer toServer = new OutputStreamWriter(upstream.getOutputStream(), StandardCharsets.ISO_8859_1);
            reply(fromServer, toClient);
            boolean data = false;
            String line;
            while ((line = fromClient.readLine()) != null) {
                if (data) {
                    toServer.write(line + "\r\n");
                    if (line.equals(".")) {
                        toServer.flush();
                        data = false;
                        reply(fromServer, toClient);
                    }
                } else if (line.regionMatches(true, 0, "RCPT TO:", 0, 8)
                        && line.toLowerCase(Locale.ROOT).contains("@" + REFUSED_DOMAIN + ">")) {
                    toClient.write("550 5.1.1 Destinataire inconnu\r\n");
                    toClient.flush();
                } else {
                    toServer.write(line + "\r\n");
                    toServer.flush();
                    String last = reply(fromServer, toClient);
                    data = line.equalsIgnoreCase("DATA") && last.startsWith("354");
                    if (line.equalsIgnoreCase("QUIT")) {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            // The client or the server closed the connection: nothing more to relay.
        }
    }

    /** Copies one reply (its continuation lines included) from the server to the client; returns its last line. */
    private static String reply(BufferedReader fromServer, Writer toClient) throws IOException {
        String line;
        do {
            line = fromServer.readLine();
            if (line == null) {
                throw new IOException("server closed the connection");
            }
            toClient.write(line + "\r\n");
        } while (line.length() > 3 && line.charAt(3) == '-');
        toClient.flush();
        return line;
    }
}
