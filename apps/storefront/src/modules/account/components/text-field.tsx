import styles from "@/modules/common/components/form.module.css"

type Props = {
  name: string
  label: string
  value?: string
  error?: string
  hint?: string
  type?: "email" | "number" | "password" | "tel" | "text"
  autoComplete: string
  inputMode?: "email" | "numeric" | "tel"
  maxLength?: number
  min?: number
  pattern?: string
  required?: boolean
  wide?: boolean
}

/** A labelled input whose hint and error are read out with it. */
export function TextField({
  name,
  label,
  value,
  error,
  hint,
  type = "text",
  autoComplete,
  inputMode,
  maxLength,
  min,
  pattern,
  required = true,
  wide,
}: Props) {
  const described = [error && `${name}-error`, hint && `${name}-hint`].filter(Boolean)
  return (
    <div className={wide ? `${styles.field} ${styles.wide}` : styles.field}>
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={value}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        min={min}
        pattern={pattern}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={described.length > 0 ? described.join(" ") : undefined}
      />
      {hint && (
        <p id={`${name}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  )
}
