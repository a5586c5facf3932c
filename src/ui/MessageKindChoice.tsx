import {
  MESSAGE_KIND_HINTS,
  MESSAGE_KIND_LABELS,
  MESSAGE_KINDS,
  type MessageKind,
} from '../domain/playbook/messages';
import styles from './MessageKindChoice.module.css';

/**
 * The kinds of outreach message as large radio cards, a word under each. The caller wraps them in
 * its fieldset (with the legend) and lays them out.
 */
export function MessageKindChoice({
  name,
  value,
  onChange,
}: {
  name: string;
  value: MessageKind;
  onChange: (kind: MessageKind) => void;
}) {
  return MESSAGE_KINDS.map((k) => (
    <label key={k} className={styles.card}>
      <input
        type="radio"
        name={name}
        value={k}
        checked={value === k}
        onChange={() => onChange(k)}
      />
      <span>
        <strong>{MESSAGE_KIND_LABELS[k]}</strong>
        <span className={styles.hint}>{MESSAGE_KIND_HINTS[k]}</span>
      </span>
    </label>
  ));
}
