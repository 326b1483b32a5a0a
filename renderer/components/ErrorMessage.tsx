interface ErrorMessageProps {
  message: string | null | undefined;
  id?: string;
}

/** A German error next to the form or list it belongs to; announced at once (role="alert"). */
export function ErrorMessage({ message, id }: ErrorMessageProps) {
  if (!message) return null;
  return (
    <div role="alert" id={id} className="error-message">
      <span className="error-icon" aria-hidden="true" />
      <span>{message}</span>
    </div>
  );
}
