import { useEffect, useState } from 'react';
import { today, type Day } from '../domain/calendar';

/** Today's date as `yyyy-MM-dd`, updated when the day changes (a tab left open overnight). */
export function useToday(): Day {
  const [day, setDay] = useState(() => today());
  useEffect(() => {
    const id = setInterval(() => {
      const now = today();
      setDay((prev) => (prev === now ? prev : now));
    }, 60_000);
    const onVisible = () => setDay(today());
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(id);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return day;
}
