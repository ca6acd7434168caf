import { json } from '@sveltejs/kit';
import { PublishProblem } from '../publishing/publish';

/** a publishing refusal as its HTTP answer; anything else is a fault and goes on up */
export function problemResponse(problem: unknown): Response {
	if (problem instanceof PublishProblem)
		return json({ message: problem.message }, { status: problem.status });
	throw problem;
}
