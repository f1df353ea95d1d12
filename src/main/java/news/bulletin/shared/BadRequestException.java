package news.bulletin.shared;

/** Thrown when a request's parameters cannot be understood; answered with 400. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
