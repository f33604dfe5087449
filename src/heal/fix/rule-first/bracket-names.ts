// How fix lines name brackets: "add the missing closing parenthesis".
export const BRACKET_NAME: Record<string, string> = {
  '(': 'parenthesis',
  ')': 'parenthesis',
  '[': 'bracket',
  ']': 'bracket',
  '{': 'brace',
  '}': 'brace',
};
