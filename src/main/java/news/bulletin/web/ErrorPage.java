package news.bulletin.web;

/**
 * A friendly error page.
 *
 * @param status the HTTP status
 * @param title the headline
 * @param message one or two sentences on what the reader can do
 * @param reference the id that also appears in the server's log line for this error
 */
public record ErrorPage(int status, String title, String message, String reference) {

    static ErrorPage forStatus(int status, String reference) {
        return switch (status) {
            case 400 ->
                new ErrorPage(
                        status,
                        "We couldn't understand that request",
                        "The address or the form may be incomplete or garbled. Check it and try again.",
                        reference);
            case 403 ->
                new ErrorPage(
                        status,
                        "You can't open this page",
                        "You may need to sign in with an account that is allowed to do this, or reload the form and try again.",
                        reference);
            case 404 ->
                new ErrorPage(
                        status,
                        "We couldn't find that page",
                        "The story may have moved or been taken down, or the address may be mistyped.",
                        reference);
            case 405 ->
                new ErrorPage(
                        status,
                        "That can't be done here",
                        "This address doesn't accept that kind of request.",
                        reference);
            case 413 ->
                new ErrorPage(
                        status,
                        "That is too large",
                        "The upload or form was bigger than we accept: images may be up to 20 MB. Make it smaller and try again.",
                        reference);
            case 429 ->
                new ErrorPage(status, "Too many requests", "Please wait a moment before trying again.", reference);
            default ->
                status >= 500
                        ? new ErrorPage(
                                500,
                                "Something went wrong on our side",
                                "We have noted the problem. Please try again in a moment.",
                                reference)
                        : new ErrorPage(
                                status,
                                "We couldn't handle that request",
                                "Check the address and try again.",
                                reference);
        };
    }
}
