package greeting;

public class App {
    public String greet(String name) {
        return "Hello " + name;
    }
}
