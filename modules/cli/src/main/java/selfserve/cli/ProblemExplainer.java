package selfserve.cli;

/**
 * Says what a refusal means for the person, in their language: the codes a CLI user can act on get our own
 * text; any other problem is shown with the server's (already localized) title and detail.
 */
final class ProblemExplainer {

    private final Messages messages;

    ProblemExplainer(Messages messages) {
        this.messages = messages;
    }

    CliException explain(Problem problem, Target target) {
        if (problem.status() == 401) {
            return new CliException(ExitCodes.NOT_CONNECTED, withCorrelationId(messages.get("error.signInExpired"), problem));
        }
        return new CliException(ExitCodes.REFUSED, withCorrelationId(describe(problem, target), problem));
    }

    private String describe(Problem problem, Target target) {
        if (problem.hasCode("PRODUCT_NOT_FOUND") && target.productId() != null) {
            return messages.get("error.productNotFound", target.productId());
        }
        if (problem.hasCode("POLICY_NOT_FOUND") && target.policyId() != null) {
            return messages.get("error.policyNotFound", target.policyId());
        }
        if (problem.hasCode("TENANT_NOT_FOUND") && target.tenantId() != null) {
            return messages.get("error.tenantNotFound", target.tenantId().toString());
        }
        if (problem.hasCode("INVALID_POLICY_VALUE") && target.policyValue() != null) {
            return messages.get("error.invalidPolicyValue", target.policyValue());
        }
        if (problem.hasCode("TRIALS_ONLY_NOT_OFFERED") && target.productId() != null) {
            return messages.get("error.trialsOnlyNotOffered", target.productId());
        }
        if (problem.hasCode("FORBIDDEN")) {
            return messages.get("error.forbidden");
        }
        return asServerSaidIt(problem);
    }

    private String asServerSaidIt(Problem problem) {
        if (problem.title() == null) {
            return messages.get("error.httpStatus", String.valueOf(problem.status()));
        }
        return problem.detail() == null || problem.detail().isBlank()
                ? problem.title()
                : messages.get("error.problem", problem.title(), problem.detail());
    }

    private String withCorrelationId(String text, Problem problem) {
        return problem.correlationId() == null
                ? text
                : text + System.lineSeparator() + messages.get("error.correlationId", problem.correlationId());
    }
}
