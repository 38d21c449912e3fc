package io.prism.calc.speedfeed;

/** The operation a row of material cutting data is published for, with the same names as the catalog's. */
public enum CuttingDataOperation {
    /** General milling (roughing and finishing not split by the source). */
    MILLING,
    /** Roughing milling. */
    ROUGH_MILLING,
    /** Finishing milling. */
    FINISH_MILLING,
    /** Drilling. */
    DRILLING,
    /** Turning. */
    TURNING
}
