package ma.coopmarket.shared.error;

/** 412: the If-Match header names a version that is no longer current; nothing was changed. */
public class PreconditionFailedException extends ApiException {

    public PreconditionFailedException(String what, String id, String current) {
        super(412, "precondition-failed", "Precondition failed",
                what + " '" + id + "' was changed since the version in If-Match; its current ETag is " + current
                        + ". Read it again, reapply your change and retry.", null);
    }
}
