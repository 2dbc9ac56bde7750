/** One finding of the model linter, naming the element and the rule, as the modeler shows it. */
export interface LintProblem {
  category: 'error' | 'warn';
  elementId: string;
  message: string;
  rule: string;
}
