package io.prism.service;

import io.prism.calc.speedfeed.CutData;
import io.prism.calc.speedfeed.CuttingDataOperation;
import io.prism.calc.speedfeed.CuttingWindow;
import io.prism.calc.speedfeed.IsoGroup;
import io.prism.calc.speedfeed.KcClass;
import io.prism.calc.speedfeed.MachineData;
import io.prism.calc.speedfeed.Operation;
import io.prism.calc.speedfeed.Overrides;
import io.prism.calc.speedfeed.SpeedFeedInput;
import io.prism.calc.speedfeed.SpeedFeedResult;
import io.prism.calc.speedfeed.SpeedFeedValues;
import io.prism.calc.speedfeed.Targets;
import io.prism.calc.speedfeed.ToolData;
import io.prism.calc.speedfeed.ToolSubstrate;
import io.prism.calc.speedfeed.ToolType;
import io.prism.calc.speedfeed.WorkMaterial;
import io.prism.data.CuttingDataRow;
import io.prism.data.MachineRow;
import io.prism.data.MaterialRow;
import io.prism.data.ToolRow;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates catalog rows and the caller's request into the engine's input, and the engine's result into the
 * envelope: null becomes NaN on the way in (the engine's "not given") and NaN becomes null on the way out.
 */
final class SpeedFeedMapper {

    private SpeedFeedMapper() {
    }

    static SpeedFeedInput input(Operation operation, MaterialRow material, List<CuttingDataRow> cuttingData,
                                ToolRow tool, MachineRow machine, SpeedFeedRequest r) {
        ToolData toolData = tool(tool);
        ToolSubstrate substrate = toolData.substrate() == null ? ToolSubstrate.HSS : toolData.substrate();
        CuttingWindow window = CuttingWindow.select(windows(cuttingData), operation, substrate);
        SpeedFeedRequest.Overrides o = r.overrides();
        SpeedFeedRequest.Targets t = r.targets();
        return new SpeedFeedInput(operation, material(material), window, toolData, machine == null ? null
                : machine(machine),
                new CutData(nan(r.apMm()), nan(r.aeMm()), nan(r.stickOutMm()), nan(r.workpieceDiameterMm()),
                        nan(r.pitchMm()), r.flutes() == null ? 0 : r.flutes(), nan(r.machineEfficiency())),
                o == null ? Overrides.NONE : new Overrides(nan(o.cuttingSpeedMPerMin()), nan(o.chipLoadMm())),
                t == null ? Targets.NONE : new Targets(nan(t.toolLifeMin()), nan(t.surfaceFinishRaUm()),
                        nan(t.maxDeflectionMm())));
    }

    static SpeedFeedEnvelope envelope(SpeedFeedResult result, String calculationId, String kind,
                                      OffsetDateTime computedAt) {
        SpeedFeedValues v = result.values();
        SpeedFeedEnvelope.Values values = new SpeedFeedEnvelope.Values(num(v.cuttingSpeedMPerMin()),
                num(v.spindleSpeedRpm()), num(v.cuttingDiameterMm()), v.teeth(), num(v.feedPerToothMm()),
                num(v.feedPerRevMm()), num(v.feedRateMmPerMin()), num(v.meanChipThicknessMm()),
                num(v.maxChipThicknessMm()), num(v.removalRateCm3PerMin()), num(v.specificCuttingForceNPerMm2()),
                num(v.cuttingForceN()), num(v.thrustForceN()), num(v.netPowerKw()), num(v.spindlePowerKw()),
                num(v.torqueNm()), num(v.toolLifeMin()), num(v.surfaceFinishRaUm()), num(v.scallopHeightMm()),
                num(v.deflectionMm()), num(v.axialDepthMm()), num(v.radialDepthMm()));
        var m = result.meta();
        return new SpeedFeedEnvelope(values, result.safety(), new SpeedFeedEnvelope.Meta(calculationId, kind,
                m.formulasUsed(), m.sources(), m.uncertainty(), m.assumptions(), m.engineVersion(), false,
                computedAt));
    }

    static WorkMaterial material(MaterialRow m) {
        IsoGroup group = IsoGroup.valueOf(m.isoGroup());
        MaterialRow.Designations d = m.designations();
        String description = String.join(" ", m.name(), m.materialClass(), text(m.condition()), text(d.aisi()),
                text(d.uns()), text(d.en()), text(d.wnr()), text(d.other()), text(m.equivalents()));
        return new WorkMaterial(group, nan(m.kc11()), nan(m.mc()), KcClass.classify(group, description),
                nan(m.drillConstantK()), m.provenance().verified());
    }

    static List<CuttingWindow> windows(List<CuttingDataRow> rows) {
        List<CuttingWindow> windows = new ArrayList<>(rows.size());
        for (CuttingDataRow r : rows) {
            windows.add(new CuttingWindow(ToolSubstrate.valueOf(r.toolMaterial()),
                    CuttingDataOperation.valueOf(r.operation()), nan(r.cuttingSpeedMin()), nan(r.cuttingSpeedMax()),
                    nan(r.feedPerToothMin()), nan(r.feedPerToothMax()), nan(r.feedPerToothMinPerDiameter()),
                    nan(r.feedPerToothMaxPerDiameter()), r.provenance().verified()));
        }
        return windows;
    }

    static ToolData tool(ToolRow t) {
        ToolRow.Recommendation rec = t.recommendation();
        ToolData.Recommendation recommendation = rec == null ? null : new ToolData.Recommendation(
                rec.isoGroup() == null ? null : IsoGroup.valueOf(rec.isoGroup()), nan(rec.cuttingSpeedMin()),
                nan(rec.cuttingSpeedMax()), nan(rec.feedPerRevMin()), nan(rec.feedPerRevMax()));
        return new ToolData(ToolType.valueOf(t.type()), t.toolMaterial() == null ? null
                : ToolSubstrate.valueOf(t.toolMaterial()), nan(t.diameter()), t.flutes() == null ? 0 : t.flutes(),
                nan(t.fluteLength()), nan(t.cornerRadius()), nan(t.pointAngleDeg()), nan(t.maxRpm()),
                nan(t.chipLoadMin()), nan(t.chipLoadMax()), recommendation, t.provenance().verified());
    }

    static MachineData machine(MachineRow m) {
        double[] rpm = new double[m.torqueCurve().size()];
        double[] nm = new double[rpm.length];
        for (int i = 0; i < rpm.length; i++) {
            rpm[i] = m.torqueCurve().get(i).rpm();
            nm[i] = m.torqueCurve().get(i).torque();
        }
        return new MachineData(m.maxRpm(), nan(m.continuousPower()), nan(m.peakPower()), rpm, nm,
                m.provenance().verified());
    }

    static double nan(Double value) {
        return value == null ? Double.NaN : value;
    }

    static Double num(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
