import graphql.ParseAndValidate;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the REST facade from the operation registry: every {@code operations/*.graphql} file is one endpoint,
 * a GraphQL operation document headed by comment lines that declare its route. From the registry and the schema
 * this writes the Spring routing ({@code io.prism.generated.rest.RestRoutes}), the OpenAPI 3.1 document
 * ({@code openapi/openapi.json} on the class path) and the trusted-documents manifest
 * ({@code registry/trusted-documents.json}). A document that does not validate against the schema, or a
 * declaration that does not match its document, fails the build.
 *
 * <p>Declaration keys (one per line, {@code # key: value}):
 * <ul>
 *   <li>{@code route: METHOD /path/{param}}: GET, POST, PUT, PATCH or DELETE; each path parameter fills the
 *       operation variable of the same name;</li>
 *   <li>{@code summary:} and {@code description:} (may repeat) for the documentation, {@code tag:} to group;</li>
 *   <li>{@code body: variable} the JSON body is that variable, or {@code body: *} its members are the variables;</li>
 *   <li>{@code query: name, name -> variable.path, ...} query parameters and the variable (path) each fills;</li>
 *   <li>{@code result: field.path} the part of {@code data} that is the response body;</li>
 *   <li>{@code status: 201} the HTTP status of a success (optional, 200 by default; any 2xx).</li>
 * </ul>
 *
 * <p>Each route's {@code tag} is declared once, with its description, in {@code tags.txt} beside the operations
 * directory ({@code Name: description} per line, in the order the document lists them); a route whose tag is not
 * declared there fails the build.
 *
 * <p>A route whose answer is streamed cannot be a GraphQL operation; each such route is declared once in
 * {@code streams/<id>.stream} beside the operations directory, as {@code key: value} lines ({@code #} starts a
 * comment): {@code route} (a GET route), {@code operationId}, {@code summary}, {@code description} (may repeat),
 * {@code tag}, {@code parameters: <registry id>: name, ...} (query parameters borrowed, with their types and
 * descriptions, from a registry route), {@code produces} (the media type), {@code response} (what a success
 * holds) and {@code example} (a file beside the declaration holding an example answer). It is written into the
 * OpenAPI document like the other routes, and into the generated routing as a {@code RestStream} constant whose
 * path and parameters the route's hand-written handler serves.
 *
 * <p>Arguments: schema directory, operations directory, generated sources directory, generated resources
 * directory, API version.
 */
public final class RestFacadeGenerator {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String[] ERROR_STATUSES = {"400", "401", "403", "404", "429", "500", "503"};
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final GraphQLSchema schema;
    private final ObjectNode components = JSON.createObjectNode();
    private final Map<String, String> selectionNames = new LinkedHashMap<>();
    private String currentOperation = "";

    private RestFacadeGenerator(GraphQLSchema schema) {
        this.schema = schema;
    }

    public static void main(String[] args) throws IOException {
        Path schemaDir = Path.of(args[0]);
        Path operationsDir = Path.of(args[1]);
        Path sourcesDir = Path.of(args[2]);
        Path resourcesDir = Path.of(args[3]);
        String version = args[4];
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(schemaDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        RestFacadeGenerator generator = new RestFacadeGenerator(
                UnExecutableSchemaGenerator.makeUnExecutableSchema(registry));
        List<Route> routes = new ArrayList<>();
        try (Stream<Path> files = Files.list(operationsDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
                routes.add(generator.route(file));
            }
        }
        List<StreamRoute> streams = streams(operationsDir.resolveSibling("streams"), routes);
        Path javaFile = sourcesDir.resolve("io/prism/generated/rest/RestRoutes.java");
        Files.createDirectories(javaFile.getParent());
        Files.writeString(javaFile, javaRoutes(routes, streams, version));
        Path openApi = resourcesDir.resolve("openapi/openapi.json");
        Files.createDirectories(openApi.getParent());
        Map<String, String> tags = tags(operationsDir.resolveSibling("tags.txt"));
        Files.writeString(openApi, JSON.writeValueAsString(generator.openApi(routes, streams, tags, version)));
        Path manifest = resourcesDir.resolve("registry/trusted-documents.json");
        Files.createDirectories(manifest.getParent());
        Files.writeString(manifest, JSON.writeValueAsString(manifest(routes)));
        System.out.println("REST facade: " + routes.size() + " routes and " + streams.size() + " streamed -> "
                + javaFile + ", " + openApi + ", "
                + manifest);
    }

    // ---------------------------------------------------------------------------------------------- declarations

    /** A query or path parameter: where it is, the variable path it fills and its GraphQL input type. */
    record Param(String name, String in, List<String> variablePath, GraphQLInputType type, String description) {
    }

    /** One endpoint of the registry. */
    record Route(String id, String method, String path, String operationName, String document, String summary,
                 String description, String tag, String body, List<Param> params, List<String> result, int status,
                 OperationDefinition operation, Map<String, FragmentDefinition> fragments) {
    }

    private Route route(Path file) throws IOException {
        String id = file.getFileName().toString().replaceFirst("\\.graphql$", "");
        Map<String, List<String>> header = new LinkedHashMap<>();
        StringBuilder document = new StringBuilder();
        boolean inHeader = true;
        for (String line : Files.readAllLines(file)) {
            if (inHeader && line.startsWith("#")) {
                String text = line.substring(1).trim();
                int colon = text.indexOf(':');
                if (colon > 0) {
                    header.computeIfAbsent(text.substring(0, colon).trim(), k -> new ArrayList<>())
                            .add(text.substring(colon + 1).trim());
                }
                continue;
            }
            inHeader = false;
            document.append(line).append('\n');
        }
        String text = document.toString().strip() + "\n";
        Document parsed = Parser.parse(text);
        List<ValidationError> errors = ParseAndValidate.validate(schema, parsed);
        if (!errors.isEmpty()) {
            throw fail(file, "the operation does not validate against the schema: " + errors);
        }
        List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
        if (operations.size() != 1 || operations.get(0).getName() == null) {
            throw fail(file, "a registry document holds exactly one named operation");
        }
        OperationDefinition operation = operations.get(0);
        Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
        parsed.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        String[] route = single(file, header, "route").split("\\s+");
        if (route.length != 2 || !METHODS.contains(route[0]) || !route[1].startsWith("/api/v1/")) {
            throw fail(file, "route must be '" + String.join("|", METHODS) + " /api/v1/...'");
        }
        Map<String, VariableDefinition> variables = new LinkedHashMap<>();
        operation.getVariableDefinitions().forEach(v -> variables.put(v.getName(), v));
        List<Param> params = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(route[1]);
        while (m.find()) {
            VariableDefinition v = variables.get(m.group(1));
            if (v == null) {
                throw fail(file, "path parameter {" + m.group(1) + "} names no variable of the operation");
            }
            params.add(new Param(m.group(1), "path", List.of(m.group(1)), inputType(v.getType()),
                    argumentDescription(operation, m.group(1))));
        }
        for (String declared : header.getOrDefault("query", List.of())) {
            for (String item : declared.split(",")) {
                String[] parts = item.split("->");
                String name = parts[0].trim();
                List<String> path = List.of((parts.length > 1 ? parts[1] : parts[0]).trim().split("\\."));
                VariableDefinition v = variables.get(path.get(0));
                if (v == null) {
                    throw fail(file, "query parameter " + name + " names no variable of the operation");
                }
                GraphQLInputType type = inputType(v.getType());
                String description = argumentDescription(operation, path.get(0));
                for (String member : path.subList(1, path.size())) {
                    if (!(unwrap(type) instanceof GraphQLInputObjectType object) || object.getField(member) == null) {
                        throw fail(file, "query parameter " + name + ": no input field " + member);
                    }
                    description = object.getField(member).getDescription();
                    type = object.getField(member).getType();
                }
                params.add(new Param(name, "query", path, type, description));
            }
        }
        String body = header.containsKey("body") ? single(file, header, "body") : null;
        if (body != null && !body.equals("*") && !variables.containsKey(body)) {
            throw fail(file, "body names no variable of the operation");
        }
        if (List.of("GET", "DELETE").contains(route[0]) && body != null) {
            throw fail(file, "a " + route[0] + " route has no body");
        }
        String status = header.containsKey("status") ? single(file, header, "status") : "200";
        if (!status.matches("2\\d\\d")) {
            throw fail(file, "status must be a success status (2xx)");
        }
        List<String> result = List.of(single(file, header, "result").split("\\."));
        return new Route(id, route[0], route[1], operation.getName(), text, single(file, header, "summary"),
                String.join(" ", header.getOrDefault("description", List.of())), single(file, header, "tag"), body,
                params, result, Integer.parseInt(status), operation, fragments);
    }

    /** The declared tags, {@code Name: description} per line; blank lines and {@code #} comments are skipped. */
    private static Map<String, String> tags(Path file) throws IOException {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(colon + 1).isBlank()) {
                throw fail(file, "each tag line is 'Name: description': " + line);
            }
            tags.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return tags;
    }

    // ---------------------------------------------------------------------------------------------- streamed routes

    /**
     * A route whose answer is streamed by a handler of its own: its declaration, its query parameters (borrowed
     * from a registry route) and the example answer the document shows.
     */
    record StreamRoute(String id, String method, String path, String operationId, String summary,
                       String description, String tag, String mediaType, String response, List<Param> params,
                       String example) {
    }

    /** The streamed routes declared in {@code dir} ({@code *.stream}), in file order; none when it is absent. */
    private static List<StreamRoute> streams(Path dir, List<Route> routes) throws IOException {
        List<StreamRoute> streams = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return streams;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".stream")).sorted().toList()) {
                streams.add(stream(file, routes));
            }
        }
        for (StreamRoute s : streams) {
            if (routes.stream().anyMatch(r -> r.id().equals(s.id())
                    || (r.path().equals(s.path()) && r.method().equals(s.method())))) {
                throw new IllegalStateException(s.id() + ": a registry route has this id or route already");
            }
        }
        return streams;
    }

    private static StreamRoute stream(Path file, List<Route> routes) throws IOException {
        String id = file.getFileName().toString().replaceFirst("\\.stream$", "");
        Map<String, List<String>> header = declarations(file);
        String[] route = single(file, header, "route").split("\\s+");
        if (route.length != 2 || !route[0].equals("GET") || !route[1].startsWith("/api/v1/")
                || route[1].contains("{")) {
            throw fail(file, "route must be 'GET /api/v1/...', without path parameters");
        }
        String[] borrowed = single(file, header, "parameters").split(":", 2);
        Route source = routes.stream().filter(r -> r.id().equals(borrowed[0].trim())).findFirst()
                .orElseThrow(() -> fail(file, "parameters: no registry route " + borrowed[0].trim()));
        List<Param> params = new ArrayList<>();
        for (String name : borrowed.length > 1 ? borrowed[1].split(",") : new String[0]) {
            params.add(source.params().stream().filter(p -> p.in().equals("query") && p.name().equals(name.trim()))
                    .findFirst().orElseThrow(() -> fail(file, "parameters: route " + source.id()
                            + " has no query parameter " + name.trim())));
        }
        String example = Files.readString(file.resolveSibling(single(file, header, "example")));
        return new StreamRoute(id, route[0], route[1], single(file, header, "operationId"),
                single(file, header, "summary"), String.join(" ", header.getOrDefault("description", List.of())),
                single(file, header, "tag"), single(file, header, "produces"), single(file, header, "response"),
                params, example);
    }

    /** The {@code key: value} lines of a declaration; blank lines and {@code #} comments are skipped. */
    private static Map<String, List<String>> declarations(Path file) throws IOException {
        Map<String, List<String>> header = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw fail(file, "each line is 'key: value': " + line);
            }
            header.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        return header;
    }

    /** The description of the root field argument that the variable is passed to, if any. */
    private String argumentDescription(OperationDefinition operation, String variable) {
        for (Selection<?> s : operation.getSelectionSet().getSelections()) {
            if (s instanceof Field f) {
                GraphQLFieldDefinition def = rootType(operation).getFieldDefinition(f.getName());
                for (graphql.language.Argument a : f.getArguments()) {
                    if (a.getValue() instanceof graphql.language.VariableReference ref
                            && ref.getName().equals(variable) && def.getArgument(a.getName()) != null) {
                        return def.getArgument(a.getName()).getDescription();
                    }
                }
            }
        }
        return null;
    }

    private GraphQLFieldsContainer rootType(OperationDefinition operation) {
        return operation.getOperation() == OperationDefinition.Operation.MUTATION
                ? schema.getMutationType() : schema.getQueryType();
    }

    private GraphQLInputType inputType(Type<?> type) {
        if (type instanceof graphql.language.NonNullType nn) {
            return GraphQLNonNull.nonNull(inputType(nn.getType()));
        }
        if (type instanceof graphql.language.ListType list) {
            return GraphQLList.list(inputType(list.getType()));
        }
        return (GraphQLInputType) schema.getType(((TypeName) type).getName());
    }

    private static String single(Path file, Map<String, List<String>> header, String key) {
        List<String> values = header.get(key);
        if (values == null || values.size() != 1 || values.get(0).isBlank()) {
            throw fail(file, "declare exactly one '# " + key + ": ...' line");
        }
        return values.get(0);
    }

    private static IllegalStateException fail(Path file, String message) {
        return new IllegalStateException(file + ": " + message);
    }

    // ---------------------------------------------------------------------------------------------- trusted documents

    /**
     * The trusted-documents manifest: every operation of the registry with the SHA-256 of its exact text (the id
     * persisted-query clients send), its registry id, its route and the text itself. The layout is that of a
     * persisted query manifest ({@code format}, {@code version}, {@code operations} with {@code id}, {@code name},
     * {@code type} and {@code body}), so tools that read such manifests can load it as it is.
     */
    private static ObjectNode manifest(List<Route> routes) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "apollo-persisted-query-manifest");
        root.put("version", 1);
        ArrayNode operations = root.putArray("operations");
        for (Route r : routes) {
            String hash = sha256(r.document());
            ObjectNode op = operations.addObject();
            op.put("id", hash);
            op.put("name", r.operationName());
            op.put("type", r.operation().getOperation().name().toLowerCase(Locale.ROOT));
            op.put("body", r.document());
            op.put("documentId", "sha256:" + hash);
            op.put("registryId", r.id());
            op.put("route", r.method() + " " + r.path());
        }
        return root;
    }

    // ---------------------------------------------------------------------------------------------- OpenAPI

    private ObjectNode openApi(List<Route> routes, List<StreamRoute> streams, Map<String, String> tags,
                               String version) {
        ObjectNode root = JSON.createObjectNode();
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "PRISM API");
        info.put("version", version);
        info.put("summary", "Machining answers for a material, a tool and a machine, over REST.");
        info.put("description", "The REST facade of PRISM. Every route runs one registered GraphQL operation "
                + "through the same executor as /api/v1/graphql, so authentication, limits and errors are the same "
                + "on both doors. Quantities are SI unless a field says otherwise. Errors are RFC 9457 problem "
                + "documents whose `code` is the GraphQL `extensions.code` of the same failure.");
        root.putArray("servers").addObject().put("url", "/")
                .put("description", "The PRISM service that serves this document");
        root.putArray("security").addObject().putArray("apiKey");
        Map<String, String> usedTags = new LinkedHashMap<>();
        routes.forEach(r -> usedTags.put(r.id(), r.tag()));
        streams.forEach(s -> usedTags.put(s.id(), s.tag()));
        root.set("tags", tagList(usedTags, tags));
        ObjectNode paths = root.putObject("paths");
        for (Route route : routes) {
            pathItem(paths, route.path()).set(route.method().toLowerCase(Locale.ROOT), operation(route));
        }
        for (StreamRoute stream : streams) {
            pathItem(paths, stream.path()).set(stream.method().toLowerCase(Locale.ROOT), streamOperation(stream));
        }
        ObjectNode componentsNode = root.putObject("components");
        ObjectNode security = componentsNode.putObject("securitySchemes").putObject("apiKey");
        security.put("type", "http");
        security.put("scheme", "bearer");
        security.put("description", "A PRISM API key: `Authorization: Bearer <key>`.");
        componentsNode.set("responses", errorResponses());
        components.set("Problem", problemSchema());
        components.set("ProblemError", problemErrorSchema());
        components.set("ErrorCode", errorCodeSchema());
        ObjectNode sorted = componentsNode.putObject("schemas");
        new TreeMap<String, JsonNode>(toMap(components)).forEach(sorted::set);
        return root;
    }

    /**
     * The declared tags that routes use, in declaration order; a route's undeclared tag fails the build.
     *
     * @param used the tag of each route, by route id
     */
    private static ArrayNode tagList(Map<String, String> used, Map<String, String> tags) {
        used.forEach((id, tag) -> {
            if (!tags.containsKey(tag)) {
                throw new IllegalStateException(id + ": tag " + tag + " is not declared in tags.txt");
            }
        });
        ArrayNode list = JSON.createArrayNode();
        tags.forEach((name, description) -> {
            if (used.containsValue(name)) {
                list.addObject().put("name", name).put("description", description);
            }
        });
        return list;
    }

    private static ObjectNode pathItem(ObjectNode paths, String path) {
        return paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
    }

    /**
     * A streamed route's operation: its borrowed query parameters, and a success whose body is the declared media
     * type (a text of lines, shown by the declared example) beside the same problem answers as every route.
     */
    private ObjectNode streamOperation(StreamRoute stream) {
        ObjectNode op = JSON.createObjectNode();
        op.put("operationId", stream.operationId());
        op.put("summary", stream.summary());
        op.put("description", stream.description());
        op.putArray("tags").add(stream.tag());
        if (!stream.params().isEmpty()) {
            op.set("parameters", parameters(stream.params()));
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject("200");
        ok.put("description", stream.summary());
        ok.set("headers", correlationHeader());
        ObjectNode content = ok.putObject("content").putObject(stream.mediaType());
        content.putObject("schema").put("type", "string").put("description", stream.response());
        content.put("example", stream.example());
        errorReferences(responses);
        return op;
    }

    private static void errorReferences(ObjectNode responses) {
        for (String status : ERROR_STATUSES) {
            responses.putObject(status).put("$ref", "#/components/responses/" + errorName(status));
        }
    }

    private static Map<String, JsonNode> toMap(ObjectNode node) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    private ObjectNode operation(Route route) {
        ObjectNode op = JSON.createObjectNode();
        op.put("operationId", Character.toLowerCase(route.operationName().charAt(0))
                + route.operationName().substring(1));
        op.put("summary", route.summary());
        GraphQLFieldDefinition rootField = rootType(route.operation()).getFieldDefinition(route.result().get(0));
        String description = route.description().isBlank() ? "" : route.description() + "\n\n";
        if (rootField.getDescription() != null) {
            description += rootField.getDescription() + "\n\n";
        }
        op.put("description", description + "GraphQL operation `" + route.operationName() + "` (registry id `"
                + route.id() + "`):\n\n```graphql\n" + route.document() + "```");
        op.putArray("tags").add(route.tag());
        if (!route.params().isEmpty()) {
            op.set("parameters", parameters(route.params()));
        }
        if (route.body() != null) {
            ObjectNode body = op.putObject("requestBody");
            body.put("required", true);
            ObjectNode content = body.putObject("content").putObject("application/json");
            if (route.body().equals("*")) {
                ObjectNode schemaNode = JSON.createObjectNode();
                schemaNode.put("type", "object");
                schemaNode.put("description", "The variables of operation `" + route.operationName() + "`.");
                ObjectNode props = schemaNode.putObject("properties");
                ArrayNode required = JSON.createArrayNode();
                for (VariableDefinition v : route.operation().getVariableDefinitions()) {
                    GraphQLInputType type = inputType(v.getType());
                    ObjectNode s = inputSchema(type, type instanceof GraphQLNonNull);
                    String d = argumentDescription(route.operation(), v.getName());
                    if (d != null) {
                        s.put("description", d);
                    }
                    props.set(v.getName(), s);
                    if (type instanceof GraphQLNonNull && v.getDefaultValue() == null) {
                        required.add(v.getName());
                    }
                }
                if (!required.isEmpty()) {
                    schemaNode.set("required", required);
                }
                schemaNode.put("additionalProperties", false);
                if (components.has(route.operationName() + "Request")) {
                    throw new IllegalStateException(route.id() + ": schema " + route.operationName()
                            + "Request exists already");
                }
                components.set(route.operationName() + "Request", schemaNode);
                content.set("schema", ref(route.operationName() + "Request"));
            } else {
                VariableDefinition v = route.operation().getVariableDefinitions().stream()
                        .filter(d -> d.getName().equals(route.body())).findFirst().orElseThrow();
                content.set("schema", inputSchema(inputType(v.getType()), true));
            }
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject(Integer.toString(route.status()));
        ok.put("description", route.summary());
        ok.set("headers", correlationHeader());
        ok.putObject("content").putObject("application/json").set("schema", responseSchema(route));
        errorReferences(responses);
        return op;
    }

    /** The path and query parameters of an operation, each typed by the variable it fills. */
    private ArrayNode parameters(List<Param> declared) {
        ArrayNode params = JSON.createArrayNode();
        for (Param p : declared) {
            ObjectNode param = params.addObject();
            param.put("name", p.name());
            param.put("in", p.in());
            boolean required = "path".equals(p.in()) || p.type() instanceof GraphQLNonNull;
            param.put("required", required);
            if (p.description() != null) {
                param.put("description", p.description());
            }
            param.set("schema", inputSchema(p.type(), true));
            if (unwrap(p.type()) != p.type() && stripNonNull(p.type()) instanceof GraphQLList) {
                param.put("style", "form");
                param.put("explode", true);
            }
        }
        return params;
    }

    /** The response body: the schema of the selection at the route's result path (null becomes a 404). */
    private ObjectNode responseSchema(Route route) {
        currentOperation = route.operationName();
        SelectionSet selection = route.operation().getSelectionSet();
        GraphQLOutputType type = null;
        GraphQLFieldsContainer container = rootType(route.operation());
        for (String name : route.result()) {
            Field field = findField(selection, name);
            if (field == null || container == null) {
                throw new IllegalStateException(route.id() + ": result path " + route.result()
                        + " is not selected by the operation");
            }
            type = container.getFieldDefinition(field.getName()).getType();
            selection = field.getSelectionSet();
            container = unwrap(type) instanceof GraphQLFieldsContainer c ? c : null;
        }
        return outputSchema(GraphQLNonNull.nonNull(stripNonNull(type)), selection, route.fragments());
    }

    private static Field findField(SelectionSet set, String responseName) {
        for (Selection<?> s : set.getSelections()) {
            if (s instanceof Field f && responseName.equals(f.getResultKey())) {
                return f;
            }
        }
        return null;
    }

    private ObjectNode outputSchema(GraphQLType type, SelectionSet selection,
                                    Map<String, FragmentDefinition> fragments) {
        boolean nullable = !(type instanceof GraphQLNonNull);
        GraphQLType bare = stripNonNull(type);
        ObjectNode schemaNode;
        if (bare instanceof GraphQLList list) {
            schemaNode = array(outputSchema(list.getWrappedType(), selection, fragments));
            return nullable ? nullable(schemaNode) : schemaNode;
        }
        if (bare instanceof GraphQLFieldsContainer container) {
            ObjectNode object = JSON.createObjectNode();
            object.put("type", "object");
            if (container.getDescription() != null) {
                object.put("description", container.getDescription());
            }
            ObjectNode props = object.putObject("properties");
            ArrayNode required = object.putArray("required");
            for (Field f : fields(selection, fragments)) {
                String key = f.getResultKey();
                if (f.getName().equals("__typename")) {
                    props.putObject(key).put("type", "string");
                    required.add(key);
                    continue;
                }
                GraphQLFieldDefinition def = container.getFieldDefinition(f.getName());
                ObjectNode s = outputSchema(def.getType(), f.getSelectionSet(), fragments);
                if (def.getDescription() != null) {
                    s.put("description", def.getDescription());
                }
                props.set(key, s);
                required.add(key);
            }
            object.put("additionalProperties", false);
            String name = componentName(container.getName(), object);
            schemaNode = ref(name);
        } else {
            schemaNode = leafSchema((GraphQLNamedType) bare);
        }
        return nullable ? nullable(schemaNode) : schemaNode;
    }

    /** The selected fields of a selection set, with fragments spread in. */
    private static List<Field> fields(SelectionSet set, Map<String, FragmentDefinition> fragments) {
        List<Field> fields = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Selection<?> s : set.getSelections()) {
            List<Field> more = switch (s) {
                case Field f -> List.of(f);
                case FragmentSpread spread -> fields(fragments.get(spread.getName()).getSelectionSet(), fragments);
                case InlineFragment inline -> fields(inline.getSelectionSet(), fragments);
                default -> List.of();
            };
            for (Field f : more) {
                if (seen.putIfAbsent(f.getResultKey(), true) == null) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    /**
     * One component per distinct selection of a type: the type's name for the first, {@code <Type>In<Operation>}
     * for a different selection in a later operation.
     */
    private String componentName(String typeName, ObjectNode object) {
        String signature = typeName + ":" + object;
        return selectionNames.computeIfAbsent(signature, s -> {
            String name = components.has(typeName) ? typeName + "In" + currentOperation : typeName;
            for (int n = 2; components.has(name); n++) {
                name = typeName + "In" + currentOperation + n;
            }
            components.set(name, object);
            return name;
        });
    }

    private ObjectNode inputSchema(GraphQLType type, boolean requiredContext) {
        boolean nullable = !(type instanceof GraphQLNonNull);
        GraphQLType bare = stripNonNull(type);
        ObjectNode schemaNode;
        if (bare instanceof GraphQLList list) {
            schemaNode = array(inputSchema(list.getWrappedType(), true));
        } else if (bare instanceof GraphQLInputObjectType object) {
            if (!components.has(object.getName())) {
                ObjectNode def = JSON.createObjectNode();
                components.set(object.getName(), def);
                def.put("type", "object");
                if (object.getDescription() != null) {
                    def.put("description", object.getDescription());
                }
                ObjectNode props = def.putObject("properties");
                ArrayNode required = JSON.createArrayNode();
                for (GraphQLInputObjectField f : object.getFieldDefinitions()) {
                    ObjectNode s = inputSchema(f.getType(), false);
                    if (f.getDescription() != null) {
                        s.put("description", f.getDescription());
                    }
                    Value<?> defaultValue = f.getDefinition() == null ? null : f.getDefinition().getDefaultValue();
                    if (defaultValue != null) {
                        s.set("default", literal(defaultValue));
                    }
                    props.set(f.getName(), s);
                    if (f.getType() instanceof GraphQLNonNull && defaultValue == null) {
                        required.add(f.getName());
                    }
                }
                if (!required.isEmpty()) {
                    def.set("required", required);
                }
                def.put("additionalProperties", false);
            }
            schemaNode = ref(object.getName());
        } else {
            schemaNode = leafSchema((GraphQLNamedType) bare);
        }
        return nullable && !requiredContext ? nullable(schemaNode) : schemaNode;
    }

    private ObjectNode leafSchema(GraphQLNamedType type) {
        if (type instanceof GraphQLEnumType e) {
            if (!components.has(e.getName())) {
                ObjectNode def = JSON.createObjectNode();
                def.put("type", "string");
                StringBuilder description = new StringBuilder(e.getDescription() == null ? "" : e.getDescription());
                ArrayNode values = def.putArray("enum");
                for (GraphQLEnumValueDefinition v : e.getValues()) {
                    values.add(v.getName());
                    if (v.getDescription() != null) {
                        description.append("\n- `").append(v.getName()).append("`: ").append(v.getDescription());
                    }
                }
                def.put("description", description.toString().strip());
                components.set(e.getName(), def);
            }
            return ref(e.getName());
        }
        ObjectNode s = JSON.createObjectNode();
        switch (((GraphQLScalarType) type).getName()) {
            case "Int" -> {
                s.put("type", "integer");
                s.put("format", "int32");
            }
            case "Float" -> {
                s.put("type", "number");
                s.put("format", "double");
            }
            case "Long" -> {
                s.put("type", "integer");
                s.put("format", "int64");
            }
            case "Boolean" -> s.put("type", "boolean");
            case "DateTime" -> {
                s.put("type", "string");
                s.put("format", "date-time");
            }
            case "ID", "String" -> s.put("type", "string");
            default -> throw new IllegalStateException("no JSON schema for scalar " + type.getName());
        }
        return s;
    }

    private static ObjectNode array(ObjectNode items) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "array");
        node.set("items", items);
        return node;
    }

    private static ObjectNode ref(String name) {
        ObjectNode node = JSON.createObjectNode();
        node.put("$ref", "#/components/schemas/" + name);
        return node;
    }

    private static ObjectNode nullable(ObjectNode schemaNode) {
        if (schemaNode.has("type") && schemaNode.get("type").isString()) {
            String type = schemaNode.get("type").asString();
            ArrayNode types = schemaNode.putArray("type");
            types.add(type);
            types.add("null");
            return schemaNode;
        }
        ObjectNode any = JSON.createObjectNode();
        ArrayNode anyOf = any.putArray("anyOf");
        anyOf.add(schemaNode);
        anyOf.addObject().put("type", "null");
        return any;
    }

    private static JsonNode literal(Value<?> value) {
        return switch (value) {
            case IntValue i -> JSON.getNodeFactory().numberNode(i.getValue());
            case FloatValue f -> JSON.getNodeFactory().numberNode(f.getValue());
            case StringValue s -> JSON.getNodeFactory().stringNode(s.getValue());
            case BooleanValue b -> JSON.getNodeFactory().booleanNode(b.isValue());
            case EnumValue e -> JSON.getNodeFactory().stringNode(e.getName());
            case ArrayValue a -> {
                ArrayNode array = JSON.createArrayNode();
                a.getValues().forEach(v -> array.add(literal(v)));
                yield array;
            }
            case ObjectValue o -> {
                ObjectNode object = JSON.createObjectNode();
                for (ObjectField f : o.getObjectFields()) {
                    object.set(f.getName(), literal(f.getValue()));
                }
                yield object;
            }
            default -> JSON.getNodeFactory().nullNode();
        };
    }

    private static GraphQLType stripNonNull(GraphQLType type) {
        return type instanceof GraphQLNonNull nn ? nn.getWrappedType() : type;
    }

    private static GraphQLType unwrap(GraphQLType type) {
        GraphQLType t = type;
        while (t instanceof GraphQLNonNull || t instanceof GraphQLList) {
            t = t instanceof GraphQLNonNull nn ? nn.getWrappedType() : ((GraphQLList) t).getWrappedType();
        }
        return t;
    }

    private static ObjectNode correlationHeader() {
        ObjectNode headers = JSON.createObjectNode();
        ObjectNode h = headers.putObject("X-Correlation-Id");
        h.put("description", "The request's correlation id (the caller's, or one the service made); it is in "
                + "every log line of the request.");
        h.putObject("schema").put("type", "string");
        return headers;
    }

    private static String errorName(String status) {
        return switch (status) {
            case "400" -> "BadUserInput";
            case "401" -> "Unauthenticated";
            case "403" -> "Forbidden";
            case "404" -> "NotFound";
            case "429" -> "RateLimited";
            case "500" -> "Internal";
            case "503" -> "Unavailable";
            default -> throw new IllegalArgumentException(status);
        };
    }

    private static ObjectNode errorResponses() {
        ObjectNode responses = JSON.createObjectNode();
        Map<String, String> descriptions = new LinkedHashMap<>();
        descriptions.put("400", "BAD_USER_INPUT: the request is malformed or a value is out of range; `field` "
                + "names the value at fault. Nothing was changed.");
        descriptions.put("401", "UNAUTHENTICATED: no API key, or one that is malformed, unknown, revoked or expired.");
        descriptions.put("403", "FORBIDDEN: the key lacks the scope the operation needs (or RESIDENCY_VIOLATION).");
        descriptions.put("404", "NOT_FOUND: the object does not exist or belongs to another tenant.");
        descriptions.put("429", "RATE_LIMITED: the tenant's rate limit is spent; retry after `Retry-After` seconds.");
        descriptions.put("500", "INTERNAL: an unexpected failure; quote the correlation id when reporting it.");
        descriptions.put("503", "UNAVAILABLE: a dependency (the database) cannot be reached; retry later.");
        descriptions.forEach((status, description) -> {
            ObjectNode r = responses.putObject(errorName(status));
            r.put("description", description);
            r.set("headers", correlationHeader());
            r.putObject("content").putObject("application/problem+json").set("schema", ref("Problem"));
        });
        return responses;
    }

    private static ObjectNode problemSchema() {
        ObjectNode s = JSON.createObjectNode();
        s.put("type", "object");
        s.put("description", "An RFC 9457 problem document. `code` is the same as the GraphQL error's "
                + "`extensions.code` for the same failure.");
        ObjectNode p = s.putObject("properties");
        p.putObject("type").put("type", "string").put("format", "uri-reference")
                .put("description", "Identifies the kind of problem: `urn:prism:problem:<code>`.");
        p.putObject("title").put("type", "string").put("description", "A short summary of the kind of problem.");
        p.putObject("status").put("type", "integer").put("description", "The HTTP status code.");
        p.putObject("detail").put("type", "string").put("description", "What went wrong in this request.");
        p.putObject("instance").put("type", "string").put("description", "The request path.");
        p.set("code", ref("ErrorCode"));
        p.set("field", fieldSchema());
        p.putObject("correlationId").put("type", "string").put("description", "The request's correlation id.");
        ObjectNode errors = p.putObject("errors");
        errors.put("type", "array");
        errors.put("description", "Every error of the request, when there was more than one.");
        errors.set("items", ref("ProblemError"));
        s.putArray("required").add("type").add("title").add("status").add("code");
        return s;
    }

    /** One error of a request that had several, as listed in a problem's {@code errors}. */
    private static ObjectNode problemErrorSchema() {
        ObjectNode s = JSON.createObjectNode();
        s.put("type", "object");
        s.put("description", "One error of a request that had several.");
        ObjectNode p = s.putObject("properties");
        p.set("code", ref("ErrorCode"));
        p.putObject("detail").put("type", "string").put("description", "What went wrong.");
        p.set("field", fieldSchema());
        s.putArray("required").add("code").add("detail");
        return s;
    }

    private static ObjectNode errorCodeSchema() {
        ObjectNode s = JSON.createObjectNode();
        s.put("type", "string");
        s.put("description", "The error code, the same as the GraphQL error's `extensions.code`.");
        ArrayNode codes = s.putArray("enum");
        for (String c : List.of("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "RATE_LIMITED",
                "BUDGET_EXCEEDED", "RESIDENCY_VIOLATION", "UNAVAILABLE", "INTERNAL")) {
            codes.add(c);
        }
        return s;
    }

    private static ObjectNode fieldSchema() {
        ObjectNode field = JSON.createObjectNode();
        field.putArray("type").add("string").add("null");
        field.put("description", "The request value at fault, as a dotted path (e.g. `input.aeMm`), when known.");
        return field;
    }

    // ---------------------------------------------------------------------------------------------- Java routing

    private static String javaRoutes(List<Route> routes, List<StreamRoute> streams, String version) {
        StringBuilder b = new StringBuilder();
        b.append("package io.prism.generated.rest;\n\n")
                .append("import io.prism.web.rest.RestFacade;\n")
                .append("import io.prism.web.rest.RestOperation;\n")
                .append("import io.prism.web.rest.RestOperation.Param;\n")
                .append("import io.prism.web.rest.RestOperation.ParamType;\n")
                .append("import io.prism.web.rest.RestStream;\n")
                .append("import java.util.List;\n")
                .append("import org.springframework.context.annotation.Bean;\n")
                .append("import org.springframework.context.annotation.Configuration;\n")
                .append("import org.springframework.web.servlet.function.RouterFunction;\n")
                .append("import org.springframework.web.servlet.function.RouterFunctions;\n")
                .append("import org.springframework.web.servlet.function.ServerResponse;\n\n")
                .append("/** Generated from codegen/rest/operations by RestFacadeGenerator; do not edit. */\n")
                .append("@Configuration(proxyBeanMethods = false)\n")
                .append("public class RestRoutes {\n\n")
                .append("    /** The version of the API (the project's). */\n")
                .append("    public static final String VERSION = ").append(str(version)).append(";\n\n");
        for (Route r : routes) {
            b.append("    public static final RestOperation ").append(constant(r.id()))
                    .append(" = new RestOperation(\n            ")
                    .append(str(r.id())).append(", ").append(str(r.method())).append(", ").append(str(r.path()))
                    .append(", ").append(str(r.operationName())).append(",\n            ")
                    .append(str(r.document())).append(",\n            ")
                    .append(str(sha256(r.document()))).append(", ")
                    .append(r.body() == null ? "null" : str(r.body())).append(", ").append(r.status())
                    .append(",\n            List.of(");
            javaParams(b, r.params());
            b.append("),\n            List.of(");
            for (int j = 0; j < r.result().size(); j++) {
                b.append(j == 0 ? "" : ", ").append(str(r.result().get(j)));
            }
            b.append("));\n\n");
        }
        for (StreamRoute r : streams) {
            b.append("    /** Streamed route ").append(r.method()).append(' ').append(r.path())
                    .append("; its handler is written by hand. */\n")
                    .append("    public static final RestStream ").append(constant(r.id()))
                    .append(" = new RestStream(\n            ")
                    .append(str(r.id())).append(", ").append(str(r.method())).append(", ").append(str(r.path()))
                    .append(", ").append(str(r.mediaType())).append(",\n            List.of(");
            javaParams(b, r.params());
            b.append("));\n\n");
        }
        b.append("    /** Every operation of the registry, in file order. */\n")
                .append("    public static final List<RestOperation> ALL = List.of(");
        for (int i = 0; i < routes.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(constant(routes.get(i).id()));
        }
        b.append(");\n\n    /** Every streamed route, in file order. */\n")
                .append("    public static final List<RestStream> STREAMS = List.of(")
                .append(String.join(", ", streams.stream().map(r -> constant(r.id())).toList()))
                .append(");\n\n    @Bean\n    RouterFunction<ServerResponse> restFacadeRoutes(RestFacade facade) {\n")
                .append("        return RouterFunctions.route()\n");
        for (Route r : routes) {
            b.append("                .").append(r.method()).append("(").append(str(r.path()))
                    .append(", request -> facade.handle(").append(constant(r.id())).append(", request))\n");
        }
        b.append("                .add(facade.otherMethods(ALL))\n")
                .append("                .build();\n    }\n}\n");
        return b.toString();
    }

    private static void javaParams(StringBuilder b, List<Param> params) {
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            b.append(i == 0 ? "" : ", ").append("\n                new Param(").append(str(p.name())).append(", ")
                    .append(str(p.in())).append(", List.of(");
            for (int j = 0; j < p.variablePath().size(); j++) {
                b.append(j == 0 ? "" : ", ").append(str(p.variablePath().get(j)));
            }
            GraphQLType bare = stripNonNull(p.type());
            boolean list = bare instanceof GraphQLList;
            b.append("), ParamType.").append(paramType(unwrap(p.type()))).append(", ").append(list)
                    .append(", ").append(p.type() instanceof GraphQLNonNull).append(", List.of(");
            if (unwrap(p.type()) instanceof GraphQLEnumType e) {
                for (int j = 0; j < e.getValues().size(); j++) {
                    b.append(j == 0 ? "" : ", ").append(str(e.getValues().get(j).getName()));
                }
            }
            b.append("))");
        }
    }

    private static String paramType(GraphQLType type) {
        if (type instanceof GraphQLEnumType) {
            return "ENUM";
        }
        return switch (((GraphQLNamedType) type).getName()) {
            case "Int" -> "INT";
            case "Float" -> "FLOAT";
            case "Boolean" -> "BOOLEAN";
            case "ID", "String" -> "STRING";
            case "DateTime" -> "DATE_TIME";
            default -> throw new IllegalStateException("type " + ((GraphQLNamedType) type).getName()
                    + " cannot be a path or query parameter");
        };
    }

    private static String constant(String id) {
        return id.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
