package io.prism.calc.formula;

import static io.prism.calc.formula.Vars.get;

import java.util.List;
import java.util.Map;

/** Registry entries for Taylor tool life and Gilbert machining economics. */
final class LifeFormulas {

    private static final Variable FEED_EXPONENT = new Variable("feedExponent", "a", "1",
            "extended Taylor feed exponent (Kalpakjian y)", 0.0, 5.0);
    private static final Variable DEPTH_EXPONENT = new Variable("depthExponent", "b", "1",
            "extended Taylor depth exponent (Kalpakjian x)", 0.0, 5.0);
    private static final Variable EXTENDED_CONSTANT = new Variable("extendedConstant", "K", "m/min·min^n·mm^(a+b)",
            "extended Taylor constant", 0.001, 1e9);
    private static final Variable MACHINE_RATE = new Variable("machineRatePerMin", "Co", "currency/min",
            "machine + operator rate", 0.0001, 1e6);
    private static final Variable TOOL_COST = new Variable("toolCostPerEdge", "Ct", "currency",
            "tool cost per cutting edge (insert price / edges, or regrind cost + tool price share)", 0.0, 1e6);
    private static final Variable CHANGE_TIME = new Variable("toolChangeTimeMin", "Tt", "min",
            "time to change one cutting edge", 0.001, 1000.0);
    private static final Variable HANDLING_TIME = new Variable("handlingTimeMin", "Th", "min",
            "handling / non-cutting time per piece", 0.0, 1e5);
    private static final Variable PIECE_CUT_TIME = new Variable("cuttingTimeMin", "Tm", "min",
            "cutting time per piece", 0.0, 1e5);
    private static final Variable MAX_PROD_LIFE = new Variable("maxProductionToolLifeMin", "T_p", "min",
            "tool life for maximum production rate", 0.0, 1e12);
    private static final Variable MAX_PROD_SPEED = new Variable("maxProductionSpeedMPerMin", "v_p", "m/min",
            "cutting speed for maximum production rate", 0.0, 1e9);
    private static final Variable MIN_COST_LIFE = new Variable("minCostToolLifeMin", "T_c", "min",
            "tool life for minimum cost per piece", 0.0, 1e12);
    private static final Variable MIN_COST_SPEED = new Variable("minCostSpeedMPerMin", "v_c", "m/min",
            "cutting speed for minimum cost per piece", 0.0, 1e9);
    private static final Variable CYCLE_TIME = new Variable("cycleTimeMin", "Tc", "min", "cycle time per piece",
            0.0, 1e12);
    private static final Variable COST = new Variable("costPerPiece", "Cc", "currency", "cost per piece", 0.0, 1e15);
    private static final Variable RATE = new Variable("productionRatePerHour", "Rp", "1/h",
            "production rate, pieces per hour", 0.0, 1e12);
    private static final String TAYLOR_VALIDITY = "One tool/work pair, one feed, depth and wear criterion (e.g. VB "
            + "0.3 mm), inside the tested speed window; T < 1 min or speeds outside the test window are not "
            + "meaningful. Group values only: calibrate C per shop (C = v·Tⁿ).";

    private LifeFormulas() {
    }

    static List<Formula> all() {
        return List.of(taylorLife(), taylorSpeed(), taylorConstant(), extendedLife(), gilbert(), turningTime(),
                cycleCost());
    }

    private static Formula taylorLife() {
        return Formula.builder("taylor-tool-life", "Tool life (Taylor)")
                .expression("T = (C / v)^(1/n)  from  v·Tⁿ = C")
                .inputs(Vars.CUTTING_SPEED, Vars.TAYLOR_N, Vars.TAYLOR_C)
                .outputs(Vars.TOOL_LIFE.withRange(0.0, 1e300))
                .validity(TAYLOR_VALIDITY)
                .cite(Sources.S29, Sources.S33, Sources.S18, Sources.S34)
                .alternative("groover-table", "HSS/steel 0.125/70; carbide/steel 0.25/500; coated 0.25/700; "
                        + "ceramic 0.6/3000", Sources.S33, "group values of the engine's §8.1 table (recalled)", true)
                .alternative("calculatorhub-table", "HSS/mild steel 0.125/80; uncoated carbide 0.25/300; TiN "
                        + "0.35/500; CBN 0.40/800", Sources.S18,
                        "C +14 % (HSS) and ×0.6 (carbide) against Groover; calibrate per shop", false)
                .example(Sources.S18 + ": n 0.25, C 300, v 200 m/min → T = 1.5⁴ = 5.06 min",
                        Map.of("cuttingSpeedMPerMin", 200.0, "taylorN", 0.25, "taylorCMPerMin", 300.0),
                        Map.of("toolLifeMin", 5.06), 0.002)
                .evaluator(in -> Map.of(Vars.TOOL_LIFE.name(), ToolLife.taylorToolLifeMin(
                        get(in, Vars.CUTTING_SPEED), get(in, Vars.TAYLOR_N), get(in, Vars.TAYLOR_C))));
    }

    private static Formula taylorSpeed() {
        return Formula.builder("taylor-cutting-speed", "Cutting speed for a target tool life (Taylor)")
                .expression("v = C / Tⁿ")
                .inputs(Vars.TOOL_LIFE, Vars.TAYLOR_N, Vars.TAYLOR_C)
                .outputs(Vars.CUTTING_SPEED.withRange(0.0, 1e9))
                .validity(TAYLOR_VALIDITY)
                .cite(Sources.S29, Sources.S33, Sources.S18)
                .example(Sources.S18 + ": the inverse of the 5.0625 min example gives 200 m/min",
                        Map.of("toolLifeMin", 5.0625, "taylorN", 0.25, "taylorCMPerMin", 300.0),
                        Map.of("cuttingSpeedMPerMin", 200.0), 1e-9)
                .evaluator(in -> Map.of(Vars.CUTTING_SPEED.name(), ToolLife.taylorCuttingSpeedMPerMin(
                        get(in, Vars.TOOL_LIFE), get(in, Vars.TAYLOR_N), get(in, Vars.TAYLOR_C))));
    }

    private static Formula taylorConstant() {
        return Formula.builder("taylor-constant-from-observation", "Taylor constant from one observed tool life")
                .expression("C = v·Tⁿ")
                .inputs(Vars.CUTTING_SPEED, Vars.TOOL_LIFE, Vars.TAYLOR_N)
                .outputs(Vars.TAYLOR_C.withRange(0.0, 1e12))
                .validity("Calibrates C for one tool/work pair from one observed life at a known n.")
                .cite(Sources.S29, Sources.S19)
                .example(Sources.S19 + ": 4140 at 400 SFM (121.92 m/min) lasting 45 min, n 0.25 → C ≈ 1036 SFM",
                        Map.of("cuttingSpeedMPerMin", 121.92, "toolLifeMin", 45.0, "taylorN", 0.25),
                        Map.of("taylorCMPerMin", 1036.0 * 0.3048), 0.001)
                .evaluator(in -> Map.of(Vars.TAYLOR_C.name(), ToolLife.taylorConstantMPerMin(
                        get(in, Vars.CUTTING_SPEED), get(in, Vars.TOOL_LIFE), get(in, Vars.TAYLOR_N))));
    }

    private static Formula extendedLife() {
        return Formula.builder("extended-taylor-tool-life", "Tool life (extended Taylor)")
                .expression("T = (K / (v·f^a·ap^b))^(1/n)  from  v·Tⁿ·f^a·ap^b = K")
                .inputs(Vars.CUTTING_SPEED, Vars.FEED_PER_REV, Vars.AXIAL_DEPTH, Vars.TAYLOR_N, FEED_EXPONENT,
                        DEPTH_EXPONENT, EXTENDED_CONSTANT)
                .outputs(Vars.TOOL_LIFE.withRange(0.0, 1e300))
                .validity("Exponents are empirical and fitted per tool/work pair; feed exponents are usually larger "
                        + "than depth exponents. For constant life and depth, v1→v2 needs f2/f1 = (v1/v2)^(1/a).")
                .cite(Sources.S35, Sources.S29)
                .example(Map.of("cuttingSpeedMPerMin", 100.0, "feedPerRevMm", 0.3, "axialDepthMm", 2.0,
                        "taylorN", 0.5, "feedExponent", 0.6, "depthExponent", 0.6, "extendedConstant", 200.0))
                .evaluator(in -> Map.of(Vars.TOOL_LIFE.name(), ToolLife.extendedToolLifeMin(
                        get(in, Vars.CUTTING_SPEED), get(in, Vars.FEED_PER_REV), get(in, Vars.AXIAL_DEPTH),
                        get(in, Vars.TAYLOR_N), get(in, FEED_EXPONENT), get(in, DEPTH_EXPONENT),
                        get(in, EXTENDED_CONSTANT))));
    }

    private static Formula gilbert() {
        return Formula.builder("gilbert-economic-tool-life",
                        "Tool life and speed for maximum production and minimum cost (Gilbert)")
                .expression("T_p = (1/n − 1)·Tt; v_p = C / T_pⁿ; T_c = (1/n − 1)·(Tt + Ct/Co); v_c = C / T_cⁿ")
                .inputs(Vars.TAYLOR_N, Vars.TAYLOR_C, MACHINE_RATE, TOOL_COST, CHANGE_TIME)
                .outputs(MAX_PROD_LIFE, MAX_PROD_SPEED, MIN_COST_LIFE, MIN_COST_SPEED)
                .validity("Single-pass cut at constant speed, tool life consumed continuously, 0 < n < 1. Always "
                        + "v_c ≤ v_p; the band between is the high-efficiency range.")
                .cite(Sources.S36, Sources.S33, Sources.S37, Sources.S38)
                .example(Map.of("taylorN", 0.25, "taylorCMPerMin", 500.0, "machineRatePerMin", 1.0,
                        "toolCostPerEdge", 2.5, "toolChangeTimeMin", 2.0))
                .evaluator(in -> {
                    EconomicToolLife result = Economics.gilbert(new TaylorCoefficients(get(in, Vars.TAYLOR_N),
                            get(in, Vars.TAYLOR_C)), get(in, MACHINE_RATE), get(in, TOOL_COST), get(in, CHANGE_TIME));
                    return Map.of(MAX_PROD_LIFE.name(), result.maxProductionToolLifeMin(),
                            MAX_PROD_SPEED.name(), result.maxProductionSpeedMPerMin(),
                            MIN_COST_LIFE.name(), result.minCostToolLifeMin(),
                            MIN_COST_SPEED.name(), result.minCostSpeedMPerMin());
                });
    }

    private static Formula turningTime() {
        return Formula.builder("turning-cutting-time", "Cutting time of a straight turning pass")
                .expression("Tm = π·D·L / (1000·f·v)")
                .inputs(Vars.DIAMETER, Vars.LENGTH, Vars.FEED_PER_REV, Vars.CUTTING_SPEED)
                .outputs(PIECE_CUT_TIME.withRange(0.0, 1e12))
                .validity("One pass at constant speed and feed.")
                .cite(Sources.S33)
                .example(Map.of("diameterMm", 50.0, "lengthMm", 200.0, "feedPerRevMm", 0.25,
                        "cuttingSpeedMPerMin", 200.0))
                .evaluator(in -> Map.of(PIECE_CUT_TIME.name(), Economics.turningCuttingTimeMin(
                        get(in, Vars.DIAMETER), get(in, Vars.LENGTH), get(in, Vars.FEED_PER_REV),
                        get(in, Vars.CUTTING_SPEED))));
    }

    private static Formula cycleCost() {
        Variable changeTime = CHANGE_TIME.withRange(0.0, 1000.0);
        Variable rate = MACHINE_RATE.withRange(0.0, 1e6);
        Variable cutTime = PIECE_CUT_TIME.withRange(0.0001, 1e5);
        return Formula.builder("machining-cycle-cost", "Cycle time, cost per piece and production rate")
                .expression("Tc = Th + Tm + Tt·Tm/T; Cc = Co·Tc + Ct·Tm/T; Rp = 60 / Tc")
                .inputs(HANDLING_TIME, cutTime, changeTime, Vars.TOOL_LIFE, rate, TOOL_COST)
                .outputs(CYCLE_TIME, COST, RATE)
                .validity("Tool life consumed continuously (fractional edges per piece); Tc must be > 0 for Rp.")
                .cite(Sources.S33, Sources.S36)
                .example(Map.of("handlingTimeMin", 1.0, "cuttingTimeMin", 1.5, "toolChangeTimeMin", 2.0,
                        "toolLifeMin", 15.0, "machineRatePerMin", 1.2, "toolCostPerEdge", 3.0))
                .evaluator(in -> {
                    double cutting = get(in, cutTime);
                    double life = get(in, Vars.TOOL_LIFE);
                    double cycle = Economics.cycleTimeMin(get(in, HANDLING_TIME), cutting, get(in, changeTime), life);
                    return Map.of(CYCLE_TIME.name(), cycle,
                            COST.name(), Economics.costPerPiece(get(in, rate), cycle, get(in, TOOL_COST), cutting,
                                    life),
                            RATE.name(), Economics.productionRatePerHour(cycle));
                });
    }
}
