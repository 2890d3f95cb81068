public enum PassCore {}
