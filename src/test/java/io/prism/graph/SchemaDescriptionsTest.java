package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SDL in schema/ is the API contract: every type, field, argument, input field, enum value and directive has a
 * description, and every quantity field's {@code unit} argument has a default (the unit of the stored value).
 */
class SchemaDescriptionsTest {

    @Test
    void shouldDescribeEverythingInTheSchema() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of("schema"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".graphqls")).sorted().toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(f)));
            }
        }
        List<String> missing = new ArrayList<>();
        List<TypeDefinition<?>> types = new ArrayList<>();
        registry.types().values().forEach(types::add);
        registry.objectTypeExtensions().values().forEach(types::addAll);
        for (TypeDefinition<?> type : types) {
            if (type instanceof ObjectTypeExtensionDefinition ext) {
                // an extension adds fields to a type described elsewhere; its fields are checked below
                checkFields(missing, ext);
                continue;
            }
            check(missing, type.getName(), description(type));
            if (type instanceof ObjectTypeDefinition o) {
                checkFields(missing, o);
            } else if (type instanceof InputObjectTypeDefinition i) {
                i.getInputValueDefinitions().forEach(v -> check(missing, i.getName() + "." + v.getName(),
                        v.getDescription()));
            } else if (type instanceof EnumTypeDefinition e) {
                e.getEnumValueDefinitions().forEach(v -> check(missing, e.getName() + "." + v.getName(),
                        v.getDescription()));
            }
        }
        registry.scalars().values().stream().filter(s -> s.getSourceLocation() != null)
                .forEach(s -> check(missing, s.getName(), s.getDescription()));
        registry.getDirectiveDefinitions().values().forEach(d -> {
            check(missing, "@" + d.getName(), d.getDescription());
            d.getInputValueDefinitions().forEach(a -> check(missing, "@" + d.getName() + "(" + a.getName() + ")",
                    a.getDescription()));
        });
        assertThat(missing).as("schema elements without a description").isEmpty();
    }

    private static void checkFields(List<String> missing, ObjectTypeDefinition o) {
        for (FieldDefinition f : o.getFieldDefinitions()) {
            check(missing, o.getName() + "." + f.getName(), f.getDescription());
            for (InputValueDefinition a : f.getInputValueDefinitions()) {
                check(missing, o.getName() + "." + f.getName() + "(" + a.getName() + ")", a.getDescription());
                if (a.getName().equals("unit")) {
                    assertThat(a.getDefaultValue()).as(o.getName() + "." + f.getName()).isNotNull();
                }
            }
        }
    }

    private static Description description(TypeDefinition<?> type) {
        if (type instanceof ObjectTypeDefinition o) {
            return o.getDescription();
        }
        if (type instanceof InputObjectTypeDefinition i) {
            return i.getDescription();
        }
        if (type instanceof EnumTypeDefinition e) {
            return e.getDescription();
        }
        if (type instanceof ScalarTypeDefinition s) {
            return s.getDescription();
        }
        return null;
    }

    private static void check(List<String> missing, String element, Description d) {
        if (d == null || d.getContent() == null || d.getContent().isBlank()) {
            missing.add(element);
        }
    }
}
