package io.prism.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Headless Chromium driven over the DevTools protocol: one page in a fresh profile, which keeps its local storage
 * across reloads as a user's browser does. The page's console, security and network events are recorded, so a test
 * can assert what the page sent (a request's headers) and that no Content-Security-Policy was violated. Needs
 * {@code /usr/bin/chromium} (Debian package {@code chromium}).
 */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path work;
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    private Chromium(Path work, Process process, String pageSocket) {
        this.work = work;
        this.process = process;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(pageSocket), new Listener()).join();
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            call(domain + ".enable", Map.of());
        }
    }

    public static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    /** Starts Chromium with a fresh profile and attaches to its blank page. */
    public static Chromium start() throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("prism-chromium");
        Path profile = work.resolve("profile");
        Process process = new ProcessBuilder(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--no-first-run", "--user-data-dir=" + profile,
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank"))
                .redirectErrorStream(true).redirectOutput(work.resolve("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + STEP.toNanos();
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new IllegalStateException("Chromium did not open its DevTools port: "
                            + Files.readString(work.resolve("chromium.log")));
                }
                Thread.sleep(50);
            }
            String port = Files.readAllLines(portFile).getFirst().strip();
            String targets = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode target : JSON.readTree(targets)) {
                if (target.path("type").asString().equals("page")) {
                    return new Chromium(work, process, target.path("webSocketDebuggerUrl").asString());
                }
            }
            throw new IllegalStateException("Chromium has no page: " + targets);
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            FileSystemUtils.deleteRecursively(work);
            throw e;
        }
    }

    /** Loads the URL and waits for its load event. */
    public void open(String url) {
        loading(() -> call("Page.navigate", Map.of("url", url)));
    }

    /** Reloads the page, as the user's browser would, and waits for its load event. */
    public void reload() {
        loading(() -> call("Page.reload", Map.of()));
    }

    /** The value of a JavaScript expression in the page (a promise is awaited); a thrown exception fails. */
    public JsonNode evaluate(String expression) {
        JsonNode answer = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (answer.has("exceptionDetails")) {
            throw new AssertionError("The page threw on " + expression + ": " + answer.path("exceptionDetails"));
        }
        return answer.path("result").path("value");
    }

    /** Evaluates the expression until its value is truthy, and returns that value; fails after 30 s. */
    public JsonNode await(String expression, String what) throws InterruptedException {
        long deadline = System.nanoTime() + STEP.toNanos();
        JsonNode value;
        do {
            value = evaluate(expression);
            if (truthy(value)) {
                return value;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Waited 30 s for " + what + "; the page says " + value + " to " + expression);
    }

    /** The requests the page sent to URLs containing {@code urlPart}: each one's url, method, headers, postData. */
    public List<JsonNode> requests(String urlPart) {
        List<JsonNode> requests = new ArrayList<>();
        for (JsonNode e : events) {
            JsonNode request = e.path("params").path("request");
            if (e.path("method").asString().equals("Network.requestWillBeSent")
                    && request.path("url").asString().contains(urlPart)) {
                requests.add(request);
            }
        }
        return requests;
    }

    /** Every console message, exception and security message of the page so far, as text. */
    public List<String> messages() {
        List<String> messages = new ArrayList<>();
        for (JsonNode e : events) {
            switch (e.path("method").asString()) {
                case "Log.entryAdded" -> messages.add(e.path("params").path("entry").path("source").asString()
                        + ": " + e.path("params").path("entry").path("text").asString());
                case "Runtime.consoleAPICalled", "Runtime.exceptionThrown" -> messages.add(e.path("params").toString());
                default -> {
                }
            }
        }
        return messages;
    }

    /** Forgets the events recorded so far. */
    public void clearEvents() {
        events.clear();
    }

    @Override
    public void close() {
        try {
            socket.abort();
        } finally {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
                FileSystemUtils.deleteRecursively(work);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // a temporary folder left behind
            }
        }
    }

    private void loading(Runnable navigation) {
        int seen = count("Page.loadEventFired");
        navigation.run();
        long deadline = System.nanoTime() + STEP.toNanos();
        while (count("Page.loadEventFired") == seen) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The page did not finish loading in 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private int count(String method) {
        return (int) events.stream().filter(e -> e.path("method").asString().equals(method)).count();
    }

    private JsonNode call(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        socket.sendText(JSON.writeValueAsString(message), true).join();
        try {
            JsonNode reply = answer.get(STEP.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + " failed: " + reply.path("error"));
            }
            return reply.path("result");
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " had no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pending.remove(id);
        }
    }

    private static boolean truthy(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.asDouble() != 0;
        }
        return !value.isString() || !value.asString().isEmpty();
    }

    /** Collects each message's fragments; answers complete their call, everything else is an event. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonNode message = JSON.readTree(text.toString());
                text.setLength(0);
                CompletableFuture<JsonNode> answer = message.has("id")
                        ? pending.get(message.path("id").asInt()) : null;
                if (answer != null) {
                    answer.complete(message);
                } else {
                    events.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
