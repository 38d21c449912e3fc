package io.prism.calc.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.prism.calc.CalcInputException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public static formula method, called with the shared {@link BoundaryValues}, either returns a finite result
 * or throws {@link CalcInputException} naming an argument; nothing else (no NaN, no infinity, no other exception).
 * Small signatures are tried exhaustively, larger ones on a fixed-seed sample plus one-at-a-time variation around
 * the first accepted combination.
 */
class BoundaryInputsTest {

    private static final List<Class<?>> FORMULA_CLASSES = List.of(Cutting.class, Feeds.class, ChipThickness.class,
            Removal.class, Kienzle.class, ForcePower.class, Drilling.class, ToolLife.class, Economics.class,
            Roughness.class, Deflection.class, Threads.class, MillingGeometry.class);
    private static final int EXHAUSTIVE_LIMIT = 30_000;
    private static final int SAMPLES = 30_000;
    private static final List<Double> COMPONENT_VALUES = List.of(Double.MIN_VALUE, 1e-3, 0.25, 1.0, 6.0, 1e3, 1e300);

    static Stream<Method> methods() {
        return FORMULA_CLASSES.stream().flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getParameterCount() > 0 && !m.getName().equals("valueOf"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void shouldReturnFiniteValuesOrRejectByName(Method method) throws IllegalAccessException {
        List<List<Object>> domains = new ArrayList<>();
        for (Class<?> type : method.getParameterTypes()) {
            domains.add(domain(type));
        }
        long combinations = domains.stream().mapToLong(List::size).reduce(1L, (a, b) -> a * b);
        Object[] accepted = null;
        if (combinations <= EXHAUSTIVE_LIMIT) {
            for (long index = 0; index < combinations; index++) {
                Object[] args = combination(domains, index);
                if (call(method, args) && accepted == null) {
                    accepted = args;
                }
            }
        } else {
            Random random = new Random(20_240_601L ^ method.toGenericString().hashCode());
            for (int i = 0; i < SAMPLES; i++) {
                Object[] args = new Object[domains.size()];
                for (int p = 0; p < args.length; p++) {
                    List<Object> domain = domains.get(p);
                    args[p] = domain.get(random.nextInt(domain.size()));
                }
                if (call(method, args) && accepted == null) {
                    accepted = args;
                }
            }
        }
        assertThat(accepted).as("no boundary combination was accepted by %s", method).isNotNull();
        for (int p = 0; p < domains.size(); p++) {
            for (Object value : domains.get(p)) {
                Object[] args = accepted.clone();
                args[p] = value;
                call(method, args);
            }
        }
    }

    @Test
    void shouldCoverEveryFormulaClass() {
        assertThat(methods().count()).isGreaterThan(50);
        for (Class<?> c : FORMULA_CLASSES) {
            if (!c.isEnum()) {
                assertThat(Modifier.isFinal(c.getModifiers())).as("%s is final", c).isTrue();
                assertThat(c.getDeclaredConstructors()).allSatisfy(k ->
                        assertThat(Modifier.isPrivate(k.getModifiers())).as("%s constructor is private", c).isTrue());
            }
        }
    }

    /** Calls the method; returns true when it returned a (checked) value, false when it rejected an argument. */
    private static boolean call(Method method, Object[] args) throws IllegalAccessException {
        try {
            Object result = method.invoke(null, args);
            assertFinite(method, args, result);
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CalcInputException input) {
                assertThat(input.field()).isNotBlank();
                assertThat(input.getMessage()).contains(input.field());
                return false;
            }
            fail(method + " threw " + cause + " for " + Arrays.toString(args), cause);
            return false;
        }
    }

    private static void assertFinite(Method method, Object[] args, Object result) {
        if (result instanceof Double d) {
            assertThat(Double.isFinite(d)).as("%s%s returned %s", method.getName(), Arrays.toString(args), d)
                    .isTrue();
        } else if (result instanceof OptionalDouble o) {
            o.ifPresent(d -> assertFinite(method, args, d));
        } else if (result instanceof Record r) {
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                try {
                    assertFinite(method, args, component.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private static Object[] combination(List<List<Object>> domains, long index) {
        Object[] args = new Object[domains.size()];
        long rest = index;
        for (int p = 0; p < args.length; p++) {
            List<Object> domain = domains.get(p);
            args[p] = domain.get((int) (rest % domain.size()));
            rest /= domain.size();
        }
        return args;
    }

    private static List<Object> domain(Class<?> type) {
        List<Object> values = new ArrayList<>();
        if (type == double.class) {
            values.addAll(BoundaryValues.DOUBLES);
        } else if (type == int.class) {
            values.addAll(BoundaryValues.INTS);
        } else if (type.isEnum()) {
            values.addAll(Arrays.asList(type.getEnumConstants()));
            values.add(null);
        } else if (type.isRecord()) {
            values.addAll(records(type));
            values.add(null);
        } else {
            throw new AssertionError("no boundary domain for " + type);
        }
        return values;
    }

    /** Every valid instance of a record of doubles built from {@link #COMPONENT_VALUES} (invalid ones are skipped). */
    private static List<Object> records(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        List<List<Object>> domains = new ArrayList<>();
        for (Class<?> t : types) {
            if (t != double.class) {
                throw new AssertionError("unsupported record component in " + type);
            }
            domains.add(new ArrayList<>(COMPONENT_VALUES));
        }
        List<Object> instances = new ArrayList<>();
        long count = domains.stream().mapToLong(List::size).reduce(1L, (a, b) -> a * b);
        for (long i = 0; i < count; i++) {
            try {
                instances.add(type.getDeclaredConstructor(types).newInstance(combination(domains, i)));
            } catch (InvocationTargetException e) {
                assertThat(e.getCause()).isInstanceOf(CalcInputException.class);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return instances;
    }
}
