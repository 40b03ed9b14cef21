package fr.hautsdefrance.acte.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a bare socket, for oversized bodies: a server that refuses a body as soon as it
 * reads its length closes the connection while a client library is still sending, and reports a
 * broken pipe instead of the answer. Here the answer is read whatever happened to the upload.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code body} as JSON and returns the status code of the answer. */
    static int send(String baseUrl, String method, String path, String token, byte[] body) throws IOException {
        URI uri = URI.create(baseUrl);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            // A server that judges by Content-Length answers before the body: wait for that first.
            socket.setSoTimeout(3_000);
            String statusLine = null;
            try {
                statusLine = readLine(in);
            } catch (SocketTimeoutException noEarlyAnswer) {
                socket.setSoTimeout(60_000);
                try {
                    for (int offset = 0; offset < body.length; offset += 64 * 1024) {
                        out.write(body, offset, Math.min(64 * 1024, body.length - offset));
                    }
                    out.flush();
                } catch (IOException refusedWhileSending) {
                    // The server answered and closed before the end of the body: its answer may still be read.
                }
                statusLine = readLine(in);
            }
            if (statusLine.isEmpty()) {
                throw new IOException(method + " " + path + ": connection closed without an answer");
            }
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
