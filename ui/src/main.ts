import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";
import { language } from "./lib/strings";

document.documentElement.lang = language;

const target = document.getElementById("app");
if (!target) throw new Error("missing #app element");

export default mount(App, { target });
