/** Marks a fictional record from the demo data set, so nobody mistakes it for a real partnership. */
export function DemoTag() {
  return (
    <span className="tag tag-demo" title="Fictional record from the demo data set">
      demo
    </span>
  );
}
