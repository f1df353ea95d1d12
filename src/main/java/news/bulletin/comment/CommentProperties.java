package news.bulletin.comment;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The comment policy under {@code bulletin.comments}.
 *
 * @param closeAfterDays threads close this many days after the story was first published; 0 keeps them open
 * @param linksBeforeHold a comment with more links than this waits for an editor
 * @param blockedWords words or link fragments that send a comment to the moderation queue
 * @param perTenMinutes how many comments one reader may post in ten minutes
 */
@ConfigurationProperties("bulletin.comments")
public record CommentProperties(
        @DefaultValue("30") int closeAfterDays,
        @DefaultValue("2") int linksBeforeHold,
        @DefaultValue({}) List<String> blockedWords,
        @DefaultValue("5") int perTenMinutes) {}
