package io.prism.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ParseAndValidate;
import graphql.introspection.IntrospectionQuery;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.prism.generated.rest.RestRoutes;
import io.prism.web.rest.RestOperation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The cost model on the real schema, without a server: hand-computed figures (the arithmetic is in each test),
 * lists with and without {@code first}, variables, fragments, introspection, mutations and calculations, a
 * fragment bomb measured in linear time, and every registered REST route admitted by the default limits.
 */
class CostCalculatorTest {

    private static final GraphQLSchema SCHEMA = schema();
    private static final CostCalculator CALCULATOR = new CostCalculator(10);

    @Test
    void shouldCostALookupItsObjectsAndNothingForScalars() {
        // material 1 + id, name (scalars) 0 = 1
        assertThat(measure("{ material(id: \"m\") { id name } }"))
                .isEqualTo(new CostCalculator.Figures(1, 2, 0, 1));
        // material 1 + provenance (declared weight 0) + cuttingData: assumed size 5 x (CuttingData 1) = 6
        assertThat(measure("{ material(id: \"m\") { id provenance { source } cuttingData { toolMaterial } } }"))
                .isEqualTo(new CostCalculator.Figures(6, 3, 0, 1));
    }

    @Test
    void shouldMultiplyAConnectionsEdgesByFirstOrItsDefault() {
        // connection 0; edges sized by first: 7 x (edge 0 + node 1); pageInfo 0; totalCount 0 = 7
        String page = "materials(first: 7) { totalCount edges { cursor node { id } } pageInfo { hasNextPage } }";
        assertThat(measure("{ " + page + " }")).isEqualTo(new CostCalculator.Figures(7, 4, 0, 1));
        // without first the schema default, 20, applies: 20 x 1 = 20
        assertThat(measure("{ materials { edges { node { id } } } }").cost()).isEqualTo(20);
        // nested lists multiply: 4 machines x (machine 1 + alarms(first: 6) 6 x alarm 1) = 4 x 7 = 28
        assertThat(measure("{ machines(first: 4) { edges { node { alarms(first: 6) { code } } } } }").cost())
                .isEqualTo(28);
        // a list without @listSize takes the default list size: formula 1 + inputs 10 x 0 (value objects) = 1;
        // jobPlan 50 + operations 10 x (operation 0 + tool 1) = 60
        assertThat(measure("{ formula(id: \"f\") { inputs { name } } }").cost()).isEqualTo(1);
        assertThat(measure("query($in: JobPlanInput!) { jobPlan(input: $in) { operations { tool { id } } } }")
                .cost()).isEqualTo(60);
    }

    @Test
    void shouldTakeTheSizeFromVariablesAndFallBackToTheSchemaDefault() {
        String query = "query($n: Int) { materials(first: $n) { edges { node { id cuttingData { operation } } } } }";
        // 3 x (material 1 + 5 cutting data x 1) = 18
        assertThat(measure(query, Map.of("n", 3)).cost()).isEqualTo(18);
        // variable not given: the argument's default 20 applies: 20 x 6 = 120
        assertThat(measure(query, Map.of()).cost()).isEqualTo(120);
        // a negative size counts as none; a huge one saturates instead of overflowing
        assertThat(measure(query, Map.of("n", -4)).cost()).isZero();
        assertThat(measure(query, Map.of("n", Integer.MAX_VALUE)).cost()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void shouldMeasureNamedAndInlineFragmentsWhereTheyAreSpread() {
        // the fragment is spread inside materials(first: 2), so edges are sized 2: 2 x (1 + 5 x 1) = 12,
        // plus one more material(id) through an inline fragment on Query: 1 = 13;
        // depth: materials > edges > node > cuttingData > operation = 5; one alias; two root fields
        String query = "{ materials(first: 2) { ...page } ... on Query { one: material(id: \"m\") { id } } } "
                + "fragment page on MaterialConnection { edges { node { ... on Material { cuttingData { operation } "
                + "} } } }";
        assertThat(measure(query)).isEqualTo(new CostCalculator.Figures(13, 5, 1, 2));
    }

    @Test
    void shouldCostEachRootFieldByItsKeyInTheAnswer() {
        // the fragment's materials(first: 2): 2 x (1 + 5 x 1) = 12; one: 1 + the fragment's one: 1 = 2 (one key);
        // tools: 20 x 1 = 20; __typename is free and not listed; together the operation's cost, 34
        String query = "{ __typename ...roots ... on Query { one: material(id: \"m\") { id } } tools { edges "
                + "{ node { id } } } } fragment roots on Query { materials(first: 2) { edges { node { cuttingData "
                + "{ operation } } } } one: material(id: \"m\") { name } }";
        Map<String, Integer> roots = rootCosts(query);
        assertThat(roots).isEqualTo(Map.of("materials", 12, "one", 2, "tools", 20));
        assertThat(roots.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(measure(query).cost());
        // a mutation field weighs 10, plus what it selects
        assertThat(rootCosts("mutation { a: createTenant(input: {name: \"x\", tier: FREE}) { tenant { id } } "
                + "b: revokeApiKey(id: \"k\") { apiKey { id } } }")).isEqualTo(Map.of("a", 11, "b", 11));
    }

    @Test
    void shouldCountAliasesAndRootFields() {
        // two root fields, three aliases; 1 + 1 = 2
        assertThat(measure("{ a: material(id: \"1\") { id } b: material(id: \"2\") { n: name } }"))
                .isEqualTo(new CostCalculator.Figures(2, 2, 3, 2));
    }

    @Test
    void shouldPriceCalculationsAboveLookupsAndMutationsAboveReads() {
        int lookup = measure("{ material(id: \"m\") { id name } }").cost();
        // speedFeed 10; its envelope (result, safety, limits, warnings, meta) is declared weight 0
        int speedFeed = measure("query($in: SpeedFeedInput!) { speedFeed(input: $in) { result { cuttingSpeed } "
                + "safety { limits { limit } warnings { code } } meta { formulasUsed } } }").cost();
        int evaluate = measure("{ evaluateFormula(id: \"f\", inputs: []) { outputs { name value } } }").cost();
        int diagnose = measure("{ alarmDiagnose(input: {controller: FANUC, code: \"1\", spindleLoadPercent: 50}) "
                + "{ alarm { id } likelyCauses { cause } } }").cost();
        int optimize = measure("query($in: OptimizeInput!) { optimize(input: $in) { result { cuttingSpeed } "
                + "bindingConstraints { limit } } }").cost();
        // a mutation field weighs 10, its payload's tenant 1 = 11
        int mutation = measure("mutation { createTenant(input: {name: \"x\", tier: FREE}) { tenant { id } } }").cost();
        assertThat(speedFeed).isEqualTo(10);
        assertThat(evaluate).as("evaluateFormula 5; outputs weigh 0").isEqualTo(5);
        assertThat(diagnose).as("alarmDiagnose 5 + its alarm 1; ranked causes weigh 0").isEqualTo(6);
        assertThat(optimize).isEqualTo(50);
        assertThat(mutation).isEqualTo(11);
        assertThat(Stream.of(speedFeed, evaluate, diagnose, optimize)).allSatisfy(c -> assertThat(c)
                .isGreaterThanOrEqualTo(5 * lookup));
        assertThat(mutation).isGreaterThan(10 * lookup);
    }

    @Test
    void shouldPriceIntrospectionAsOneObjectAndCountItsDepth() {
        // __schema is one object (1); the fields of the __ types weigh nothing and are not multiplied; the standard
        // query (types > fields > args > type > 7 x ofType > name) is 13 deep, within the default depth of 15
        CostCalculator.Figures figures = measure(IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(figures.cost()).isEqualTo(1);
        assertThat(figures.depth()).isEqualTo(13);
        assertThat(figures.rootFields()).isEqualTo(1);
        // __typename is a scalar: free, but it counts as a field and as an alias
        assertThat(measure("{ t: __typename }")).isEqualTo(new CostCalculator.Figures(0, 1, 1, 1));
    }

    @Test
    void shouldMeasureAFragmentBombInLinearTime() {
        // F0 selects me (1); each F(k) spreads F(k-1) twice: F30 expands to 2^30 root fields costing 2^30,
        // and five more doublings saturate at Integer.MAX_VALUE
        long start = System.nanoTime();
        CostCalculator.Figures bomb = measure(fragmentBomb(35));
        Map<String, Integer> roots = rootCosts(fragmentBomb(35));
        long micros = (System.nanoTime() - start) / 1_000;
        assertThat(roots).as("one root key, its cost saturated").isEqualTo(Map.of("me", Integer.MAX_VALUE));
        assertThat(bomb.rootFields()).isEqualTo(Integer.MAX_VALUE);
        assertThat(bomb.cost()).isEqualTo(Integer.MAX_VALUE);
        assertThat(bomb.depth()).isEqualTo(2);
        assertThat(measure(fragmentBomb(30))).isEqualTo(new CostCalculator.Figures(1 << 30, 2, 0, 1 << 30));
        assertThat(micros).as("µs to validate and measure twice, fragments reused").isLessThan(1_000_000);
    }

    /** Fragments F0..Fk, F0 selecting me and each next one spreading the one before twice. */
    static String fragmentBomb(int k) {
        StringBuilder doc = new StringBuilder("query { ...F" + k + " } fragment F0 on Query { me { keyId } }\n");
        for (int i = 1; i <= k; i++) {
            doc.append("fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F")
                    .append(i - 1).append(" }\n");
        }
        return doc.toString();
    }

    @Test
    void shouldAdmitEveryRegisteredRestRouteWithTheDefaultLimits() {
        QueryLimitsProperties limits = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("prism.query-limits", QueryLimitsProperties.class);
        ParserOptions tokens = ParserOptions.getDefaultOperationParserOptions()
                .transform(o -> o.maxTokens(limits.maxTokens()));
        Map<String, CostCalculator.Figures> figures = new HashMap<>();
        for (RestOperation route : RestRoutes.ALL) {
            new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(route.document())
                    .parserOptions(tokens).build());
            // the largest page a route can ask for
            Map<String, Object> variables = route.params().stream().anyMatch(p -> p.name().equals("first"))
                    ? Map.of("first", 100) : Map.of();
            CostCalculator.Figures f = measure(route.document(), variables);
            figures.put(route.id(), f);
            assertThat(f.cost()).as(route.id()).isLessThanOrEqualTo(limits.maxCost());
            assertThat(f.depth()).as(route.id()).isLessThanOrEqualTo(limits.maxDepth());
            assertThat(f.aliases()).as(route.id()).isLessThanOrEqualTo(limits.maxAliases());
            assertThat(f.rootFields()).as(route.id()).isLessThanOrEqualTo(limits.maxRootFields());
            assertThat(route.document().getBytes(StandardCharsets.UTF_8).length).as(route.id())
                    .isLessThanOrEqualTo(limits.maxDocumentBytes());
        }
        // calculations cost more than the lookups of the same facade
        assertThat(figures.get("speed-feed").cost()).isGreaterThan(figures.get("material").cost());
        assertThat(figures.get("optimize").cost()).isGreaterThan(figures.get("speed-feed").cost());
        assertThat(figures.get("job-plan").cost()).isGreaterThan(figures.get("speed-feed").cost());
    }

    private static CostCalculator.Figures measure(String query) {
        return measure(query, Map.of());
    }

    private static CostCalculator.Figures measure(String query, Map<String, Object> variables) {
        Parsed parsed = parse(query);
        return CALCULATOR.measure(SCHEMA, parsed.operation(), parsed.fragments(), variables);
    }

    private static Map<String, Integer> rootCosts(String query) {
        Parsed parsed = parse(query);
        return CALCULATOR.rootCosts(SCHEMA, parsed.operation(), parsed.fragments(), Map.of());
    }

    /** A validated document's first operation and its fragments. */
    private record Parsed(OperationDefinition operation, Map<String, FragmentDefinition> fragments) {
    }

    private static Parsed parse(String query) {
        Document document = Parser.parse(query);
        assertThat(ParseAndValidate.validate(SCHEMA, document, Locale.ROOT)).as(query).isEmpty();
        return new Parsed(document.getDefinitionsOfType(OperationDefinition.class).getFirst(),
                document.getDefinitionsOfType(FragmentDefinition.class).stream()
                        .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity())));
    }

    private static GraphQLSchema schema() {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of("schema"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".graphqls")).sorted().toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }
}
