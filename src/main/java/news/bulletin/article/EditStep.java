package news.bulletin.article;

/** What the editor's button asks for after the save. */
public enum EditStep {
    SAVE,
    SUBMIT,
    PUBLISH,
    SCHEDULE;

    /** The button's value; an unknown one only saves. */
    public static EditStep parse(String value) {
        for (EditStep step : values()) {
            if (step.name().equalsIgnoreCase(value)) {
                return step;
            }
        }
        return SAVE;
    }
}
