/** Text as typed, a blank line starting a new paragraph. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <div className="prose">
      {text.split(/\n{2,}/).map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, which may repeat; drawn anew from the text each time
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
