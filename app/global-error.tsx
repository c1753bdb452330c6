'use client';

/** The last resort, when even the root layout fails: no styles, no stack trace. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>Parley is unavailable</h1>
          <p>Something went wrong on our side. Please try again in a moment.</p>
          {error.digest && <p>Reference: {error.digest}</p>}
        </main>
      </body>
    </html>
  );
}
