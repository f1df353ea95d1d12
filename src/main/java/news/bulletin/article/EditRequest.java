package news.bulletin.article;

/**
 * How the editor asks for a save.
 *
 * @param publishAt the date and time to publish at, as typed in the newsroom's zone, for {@link EditStep#SCHEDULE}
 * @param note what changed, kept with the revision
 * @param significantUpdate whether readers should see the story as updated
 */
public record EditRequest(EditStep step, String publishAt, String note, boolean significantUpdate) {
    public static EditRequest save() {
        return new EditRequest(EditStep.SAVE, "", "", false);
    }
}
