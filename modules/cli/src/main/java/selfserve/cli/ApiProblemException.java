package selfserve.cli;

/** The server answered with an error; {@link ProblemExplainer} says what it means for the command that asked. */
final class ApiProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    ApiProblemException(Problem problem) {
        super("HTTP " + problem.status() + " " + problem.code());
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
